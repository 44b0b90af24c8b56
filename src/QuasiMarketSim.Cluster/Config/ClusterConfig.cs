namespace QuasiMarketSim.Cluster.Config;

/// <summary>How nodes find each other: Orleans' development clustering on one machine, or a Redis membership table.</summary>
public enum MembershipProvider
{
    /// <summary>One machine, several silos: the first silo (on <see cref="ClusterConfig.PrimaryPort"/>) holds the membership table.</summary>
    Localhost,

    /// <summary>Any number of machines: the membership table is in Redis (no schema to install).</summary>
    Redis,
}

/// <summary>Where the coordinators' state (which units are done) lives.</summary>
public enum StateProvider
{
    /// <summary>
    /// In Orleans' memory storage (storage grains spread over the silos): a silo's death can lose it (a live client
    /// submits the experiment again; see README).
    /// </summary>
    Memory,

    /// <summary>As files in <see cref="ClusterConfig.StateFolder"/>: survives any silo of a one-machine cluster (the localhost default).</summary>
    Folder,

    /// <summary>In Redis: survives any silo and any client.</summary>
    Redis,
}

/// <summary>A cluster.json: membership, state storage and timing.</summary>
/// <param name="File">The file it was read from (named in errors).</param>
/// <param name="ClusterId">Orleans cluster id (silos and clients with the same id form one cluster).</param>
/// <param name="Membership">Membership provider.</param>
/// <param name="State">State provider.</param>
/// <param name="Redis">StackExchange.Redis connection string (with Redis membership or state).</param>
/// <param name="PrimaryPort">Localhost: the silo-to-silo port of the first silo, which every other silo joins through.</param>
/// <param name="Gateways">Localhost: the gateway ports clients try.</param>
/// <param name="ProbeSeconds">Membership probe timeout: a dead silo is evicted after about two of these (Orleans' default 10 s; tests use 1 s).</param>
/// <param name="LeaseSeconds">A leased unit not renewed for this long goes back to the queue.</param>
/// <param name="StateFolder">With folder state: the folder (default: "cluster-state" beside the cluster file).</param>
public sealed record ClusterConfig(string File, string ClusterId, MembershipProvider Membership, StateProvider State, string? Redis, int PrimaryPort,
    IReadOnlyList<int> Gateways, double ProbeSeconds, double LeaseSeconds, string StateFolder = "cluster-state")
{
    /// <summary>Orleans' service id: one per program, so state written by quasim is never read by another service.</summary>
    public const string ServiceId = "quasim";

    /// <summary>The default silo-to-silo port.</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>The default gateway (client) port.</summary>
    public const int DefaultGatewayPort = 30000;
}
