using System.Net;
using Microsoft.Extensions.Hosting;
using QuasiMarketSim.Cluster.Config;
using QuasiMarketSim.Cluster.Hosting;

namespace QuasiMarketSim.Cluster.Tests.Support;

/// <summary>Two silos in this process (localhost clustering on free ports), each with its worker and one slot, and the cluster file naming them.</summary>
internal sealed class TwoSilos : IAsyncDisposable
{
    private readonly List<IHost> _silos = [];

    private TwoSilos(string file, ClusterConfig config) => (File, Config) = (file, config);

    /// <summary>The cluster file.</summary>
    public string File { get; }

    /// <summary>The cluster file, read.</summary>
    public ClusterConfig Config { get; }

    /// <summary>Writes the cluster file into <paramref name="dir"/> and starts both silos.</summary>
    public static async Task<TwoSilos> Start(TempFolder dir)
    {
        var p = Ports.Free(4);
        var file = dir.Sub("cluster.json");
        System.IO.File.WriteAllText(file, $$"""{ "membership": "localhost", "primary_port": {{p[0]}}, "gateways": [{{p[2]}}, {{p[3]}}], "probe_seconds": 1, "lease_seconds": 10 }""");
        var silos = new TwoSilos(file, ClusterConfigReader.Read(file));
        for (var i = 0; i < 2; i++)
        {
            var silo = SiloHost.Build(silos.Config, new SiloEndpoint(p[i], p[2 + i], IPAddress.Loopback), slots: 1);
            await silo.StartAsync();
            silos._silos.Add(silo);
        }
        return silos;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.StopAsync(TimeSpan.FromSeconds(5));
            silo.Dispose();
        }
    }
}
