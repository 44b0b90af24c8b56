using System.Net;
using System.Net.Sockets;

namespace QuasiMarketSim.Cluster.Tests.Support;

/// <summary>Free loopback ports (asked of the system, so parallel test runs and other engineers' builds never collide).</summary>
internal static class Ports
{
    public static int[] Free(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        foreach (var l in listeners) l.Start();
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        foreach (var l in listeners) l.Stop();
        return ports;
    }
}
