namespace QuasiMarketSim.Cluster.Grains;

/// <summary>How long a leased unit stays a worker's without renewal (workers renew every poll, well within it).</summary>
/// <param name="Lease">The lease time.</param>
public sealed record LeaseSettings(TimeSpan Lease);
