using Orleans.Configuration;
using QuasiMarketSim.Cluster.Config;

namespace QuasiMarketSim.Cluster.Hosting;

/// <summary>Failure detection from cluster.json's probe time.</summary>
internal static class Membership
{
    /// <summary>
    /// Probes every <c>probe_seconds</c>; a silo missing two probes is declared dead (with one vote, as a two-silo
    /// cluster has only one other silo to vote). Orleans' defaults (10 s probes, three misses, two votes) are for
    /// large clusters on flaky networks; a quasim cluster wants a dead node's units back quickly.
    /// </summary>
    public static void Apply(ClusterMembershipOptions o, ClusterConfig config)
    {
        var probe = TimeSpan.FromSeconds(config.ProbeSeconds);
        o.ProbeTimeout = probe;
        o.NumMissedProbesLimit = 2;
        o.NumVotesForDeathDeclaration = 1;
        o.TableRefreshTimeout = probe;
        o.IAmAliveTablePublishTimeout = probe * 2;
        o.DeathVoteExpirationTimeout = probe * 4;
        o.DefunctSiloExpiration = TimeSpan.FromMinutes(10);
    }

    /// <summary>
    /// How long a grain call may go unanswered: five probes, 5 to 30 s (Orleans' default is 30 s). A call in flight to a
    /// silo that died fails in about this time and is retried by the next poll, instead of holding up a worker or the client.
    /// </summary>
    public static TimeSpan ResponseTimeout(ClusterConfig config) => TimeSpan.FromSeconds(Math.Clamp(config.ProbeSeconds * 5, 5, 30));
}
