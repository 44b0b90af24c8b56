using System.Net;

namespace QuasiMarketSim.Cluster.Hosting;

/// <summary>Where a silo listens: its silo-to-silo port, its gateway (client) port, and the address other machines reach it at.</summary>
/// <param name="SiloPort">Silo-to-silo port.</param>
/// <param name="GatewayPort">Client gateway port.</param>
/// <param name="Address">The address advertised to other silos (Redis membership); loopback for a one-machine cluster.</param>
public sealed record SiloEndpoint(int SiloPort, int GatewayPort, IPAddress Address);
