using System.Net;
using Microsoft.Extensions.Hosting;
using QuasiMarketSim.Cluster.Client;
using QuasiMarketSim.Cluster.Config;
using QuasiMarketSim.Cluster.Hosting;
using QuasiMarketSim.Cluster.Tests.Support;
using QuasiMarketSim.Experiments.Replications;
using QuasiMarketSim.Experiments.Sweeps;

namespace QuasiMarketSim.Cluster.Tests.Client;

/// <summary>Two silos in this process (localhost clustering on free ports), each with its worker: a sweep run on them is the local sweep's bytes.</summary>
public sealed class InProcessClusterTests : IAsyncLifetime
{
    private readonly TempFolder _dir = new();
    private readonly List<IHost> _silos = [];
    private ClusterConfig _config = null!;

    public async Task InitializeAsync()
    {
        var p = Ports.Free(4);
        var file = _dir.Sub("cluster.json");
        File.WriteAllText(file, $$"""{ "membership": "localhost", "primary_port": {{p[0]}}, "gateways": [{{p[2]}}, {{p[3]}}], "probe_seconds": 1, "lease_seconds": 10 }""");
        _config = ClusterConfigReader.Read(file);
        for (var i = 0; i < 2; i++)
        {
            var silo = SiloHost.Build(_config, new SiloEndpoint(p[i], p[2 + i], IPAddress.Loopback), slots: 1);
            await silo.StartAsync();
            _silos.Add(silo);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.StopAsync(TimeSpan.FromSeconds(5));
            silo.Dispose();
        }
        _dir.Dispose();
    }

    [Fact]
    public async Task A_sweep_on_two_silos_writes_the_local_sweeps_bytes_and_is_listed_as_complete()
    {
        var scenario = TinySweep.Scenario(_dir);
        var local = TinySweep.Local(scenario, _dir.Sub("local"));
        await using var connection = await ClusterConnection.Open(_config);
        var executor = new ClusterExecutor(connection, "{}");
        var seen = 0;
        var r = await Task.Run(() => SweepExperiment.Execute(new SweepRequest(scenario, [], OutputDirectory: _dir.Sub("cluster"), Executor: executor), (d, _) => seen = d));
        Assert.Equal(12, r.Units);
        Assert.Equal(12, seen);
        TinySweep.AssertSameOutputs(local, r.OutputDirectory);
        Assert.False(Directory.Exists(Path.Combine(r.OutputDirectory, "units")));
        // Workers report units done a poll after storing them, so the coordinator may lag the client by a moment.
        var listed = Assert.Single(await ClusterExperiments.List(connection));
        for (var i = 0; i < 50 && ClusterExperiments.StateOf(listed.Status) != "complete"; i++)
        {
            await Task.Delay(100);
            listed = Assert.Single(await ClusterExperiments.List(connection));
        }
        Assert.Equal(executor.ExperimentId, listed.Id);
        Assert.Equal("complete", ClusterExperiments.StateOf(listed.Status));
        Assert.Equal(12, listed.Status.Done);

        // The same sweep again into a fresh folder at the same path is a new experiment, not the finished one.
        Directory.Delete(r.OutputDirectory, recursive: true);
        var again = new ClusterExecutor(connection, "{}");
        TinySweep.AssertSameOutputs(local, await Task.Run(() => SweepExperiment.Execute(new SweepRequest(scenario, [], OutputDirectory: r.OutputDirectory, Executor: again)).OutputDirectory));
        Assert.NotEqual(executor.ExperimentId, again.ExperimentId);
    }

    [Fact]
    public async Task Replications_on_two_silos_write_the_local_replications_bytes()
    {
        var scenario = TinySweep.Scenario(_dir);
        var local = ReplicationExperiment.Execute(new ReplicationRequest(scenario, [], 6, Threads: 2, OutputDirectory: _dir.Sub("local-r")));
        await using var connection = await ClusterConnection.Open(_config);
        var r = await Task.Run(() => ReplicationExperiment.Execute(new ReplicationRequest(scenario, [], 6, OutputDirectory: _dir.Sub("cluster-r"),
            Executor: new ClusterExecutor(connection, "{}"))));
        Assert.False(r.Interrupted);
        TinySweep.AssertSameOutputs(local.OutputDirectory, r.OutputDirectory);
        Assert.False(Directory.Exists(_dir.Sub(".cluster-r.units")));
    }

    [Fact]
    public async Task A_sweep_interrupted_locally_resumes_on_the_cluster_to_the_local_bytes()
    {
        var scenario = TinySweep.Scenario(_dir);
        var local = TinySweep.Local(scenario, _dir.Sub("local"));
        var output = _dir.Sub("resumed");
        using (var stop = new CancellationTokenSource())
        {
            Assert.ThrowsAny<OperationCanceledException>(() => SweepExperiment.Execute(new SweepRequest(scenario, [], Threads: 1, OutputDirectory: output),
                (done, _) => { if (done == 5) stop.Cancel(); }, stop.Token));
        }
        await using var connection = await ClusterConnection.Open(_config);
        var executor = new ClusterExecutor(connection, "{}");
        var r = await Task.Run(() => SweepExperiment.Execute(new SweepRequest(scenario, [], OutputDirectory: output, Resume: true, Executor: executor)));
        Assert.Equal(12 - 5, r.RanNow);
        TinySweep.AssertSameOutputs(local, output);
    }

    [Fact]
    public async Task A_client_stopping_leaves_the_sweep_running_and_cancel_stops_it_keeping_the_units_done()
    {
        // About 20 ms a unit once compiled, so the hundred units outlast the polls below with room to spare.
        var scenario = TinySweep.Scenario(_dir, points: 10, replications: 10, ticks: 240);
        await using var connection = await ClusterConnection.Open(_config);
        var output = _dir.Sub("cancelled");
        var executor = new ClusterExecutor(connection, "{}");
        using (var stop = new CancellationTokenSource())
        {
            // Ctrl-C on the submitter: the client gives up once a unit is in, the cluster carries on.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Run(() =>
                SweepExperiment.Execute(new SweepRequest(scenario, [], OutputDirectory: output, Executor: executor), (_, _) => stop.Cancel(), stop.Token)));
        }
        var id = executor.ExperimentId!;
        var before = (await ClusterExperiments.Status(connection, id)).Done;
        for (var i = 0; i < 100 && (await ClusterExperiments.Status(connection, id)).Done <= before; i++) await Task.Delay(100);
        Assert.True((await ClusterExperiments.Status(connection, id)).Done > before, "the sweep did not carry on without its client");

        Assert.True(await ClusterExperiments.Cancel(connection, id));
        Assert.True((await ClusterExperiments.Status(connection, id)).Done < 100, "the sweep finished before it could be cancelled; make it longer");
        Assert.Equal("cancelled", ClusterExperiments.StateOf(await ClusterExperiments.Status(connection, id)));
        var e = await Assert.ThrowsAsync<ClusterExperimentException>(() => Task.Run(() =>
            SweepExperiment.Execute(new SweepRequest(scenario, [], OutputDirectory: output, Resume: true, Executor: new ClusterExecutor(connection, "{}")))));
        Assert.Contains("cancelled", e.Message, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(output, "units")));
        Assert.False(await ClusterExperiments.Cancel(connection, "no-such-id"));
    }
}
