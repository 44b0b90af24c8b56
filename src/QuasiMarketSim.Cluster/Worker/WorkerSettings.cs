namespace QuasiMarketSim.Cluster.Worker;

/// <summary>A silo's worker: how many units it runs at once, and how often it asks for work.</summary>
/// <param name="Slots">Units run at once (default: the machine's cores).</param>
/// <param name="Poll">Time between asks when it has free slots (and between lease renewals).</param>
public sealed record WorkerSettings(int Slots, TimeSpan Poll);
