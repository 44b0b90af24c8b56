using System.Net;
using Microsoft.Extensions.Hosting;
using QuasiMarketSim.Cluster.Client;
using QuasiMarketSim.Cluster.Config;
using QuasiMarketSim.Cluster.Hosting;
using QuasiMarketSim.Cluster.Tests.Support;
using QuasiMarketSim.Experiments.Sweeps;

namespace QuasiMarketSim.Cluster.Tests.Client;

/// <summary>The localhost cluster's default state: coordinators' state in a folder outlives every silo.</summary>
public sealed class FolderStateTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task An_experiment_is_known_with_its_units_done_after_its_only_silo_is_replaced()
    {
        var p = Ports.Free(2);
        var file = _dir.Sub("cluster.json");
        File.WriteAllText(file, $$"""{ "membership": "localhost", "primary_port": {{p[0]}}, "gateways": [{{p[1]}}], "probe_seconds": 1 }""");
        var config = ClusterConfigReader.Read(file);
        Assert.Equal(StateProvider.Folder, config.State);
        Assert.Equal(_dir.Sub("cluster-state"), config.StateFolder);
        var scenario = TinySweep.Scenario(_dir);
        string id;
        using (var silo = SiloHost.Build(config, new SiloEndpoint(p[0], p[1], IPAddress.Loopback), slots: 2))
        {
            await silo.StartAsync();
            await using (var connection = await ClusterConnection.Open(config))
            {
                var executor = new ClusterExecutor(connection, "{}");
                await Task.Run(() => SweepExperiment.Execute(new SweepRequest(scenario, [], OutputDirectory: _dir.Sub("out"), Executor: executor)));
                id = executor.ExperimentId!;
                for (var i = 0; i < 50 && (await ClusterExperiments.Status(connection, id)).Done < 12; i++) await Task.Delay(100);
            }
            await silo.StopAsync(TimeSpan.FromSeconds(5));
        }
        Assert.NotEmpty(Directory.GetFiles(config.StateFolder));

        using var fresh = SiloHost.Build(config, new SiloEndpoint(p[0], p[1], IPAddress.Loopback), slots: 1);
        await fresh.StartAsync();
        await using (var connection = await ClusterConnection.Open(config))
        {
            var listed = Assert.Single(await ClusterExperiments.List(connection));
            Assert.Equal(id, listed.Id);
            Assert.Equal(12, listed.Status.Done);
            Assert.Equal("complete", ClusterExperiments.StateOf(listed.Status));
        }
        await fresh.StopAsync(TimeSpan.FromSeconds(5));
    }
}
