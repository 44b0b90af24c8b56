using System.Net;
using Microsoft.Extensions.Hosting;
using QuasiMarketSim.Cluster.Client;
using QuasiMarketSim.Cluster.Config;
using QuasiMarketSim.Cluster.Hosting;
using QuasiMarketSim.Cluster.Tests.Support;
using QuasiMarketSim.Experiments.Sweeps;

namespace QuasiMarketSim.Cluster.Tests.Client;

/// <summary>
/// The multi-machine configuration against a real redis-server: two silos find each other through Redis membership,
/// run a sweep (the local bytes), and the coordinator's state in Redis outlives every silo.
/// </summary>
public sealed class RedisClusterTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly RedisServer _redis = new();

    public void Dispose()
    {
        _redis.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task Two_silos_clustered_through_redis_run_a_sweep_to_the_local_bytes_and_its_state_outlives_them()
    {
        var p = Ports.Free(6);
        var file = _dir.Sub("cluster.json");
        // A fresh cluster id: a Redis shared by test runs never mixes their members or experiments.
        File.WriteAllText(file, $$"""
            { "cluster_id": "test-{{Guid.NewGuid():N}}", "membership": "redis", "state": "redis", "redis": "{{_redis.Connection}}", "probe_seconds": 1, "lease_seconds": 10 }
            """);
        var config = ClusterConfigReader.Read(file);
        var scenario = TinySweep.Scenario(_dir);
        var local = TinySweep.Local(scenario, _dir.Sub("local"));
        string id;
        var silos = new List<IHost>();
        try
        {
            for (var i = 0; i < 2; i++)
            {
                silos.Add(SiloHost.Build(config, new SiloEndpoint(p[i], p[2 + i], IPAddress.Loopback), slots: 1));
                await silos[^1].StartAsync();
            }
            await using var connection = await ClusterConnection.Open(config);
            var executor = new ClusterExecutor(connection, "{}");
            var r = await Task.Run(() => SweepExperiment.Execute(new SweepRequest(scenario, [], OutputDirectory: _dir.Sub("cluster"), Executor: executor)));
            TinySweep.AssertSameOutputs(local, r.OutputDirectory);
            id = executor.ExperimentId!;
        }
        finally
        {
            foreach (var s in silos)
            {
                await s.StopAsync(TimeSpan.FromSeconds(5));
                s.Dispose();
            }
        }

        // Every silo is gone; a new one reads the experiment back from Redis.
        using var fresh = SiloHost.Build(config, new SiloEndpoint(p[4], p[5], IPAddress.Loopback), slots: 1);
        await fresh.StartAsync();
        await using (var connection = await ClusterConnection.Open(config))
        {
            var listed = Assert.Single(await ClusterExperiments.List(connection));
            Assert.Equal(id, listed.Id);
            for (var i = 0; i < 50 && listed.Status.Done < 12; i++)
            {
                await Task.Delay(100);
                listed = Assert.Single(await ClusterExperiments.List(connection));
            }
            Assert.Equal(12, listed.Status.Done);
        }
        await fresh.StopAsync(TimeSpan.FromSeconds(5));
    }
}
