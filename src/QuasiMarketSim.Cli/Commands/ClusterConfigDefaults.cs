using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using QuasiMarketSim.Cluster.Config;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>The development cluster used without --cluster: one machine, Orleans' default ports, state in ./cluster-state.</summary>
internal static class ClusterConfigDefaults
{
    public static ClusterConfig Development() => new("(no --cluster: development cluster on this machine)", "quasim", MembershipProvider.Localhost, StateProvider.Folder, null,
        ClusterConfig.DefaultSiloPort, [ClusterConfig.DefaultGatewayPort], ProbeSeconds: 10, LeaseSeconds: 60, Path.GetFullPath("cluster-state"));
}

/// <summary>This machine's first IPv4 address on an interface that is up, for other machines to reach it.</summary>
internal static class NetworkAddress
{
    public static IPAddress First() => NetworkInterface.GetAllNetworkInterfaces()
        .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
        .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(u => u.Address)
        .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? IPAddress.Loopback;
}
