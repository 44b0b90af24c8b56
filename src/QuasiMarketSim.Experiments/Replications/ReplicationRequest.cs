namespace QuasiMarketSim.Experiments.Replications;

/// <summary>Replications of one scenario.</summary>
/// <param name="Scenario">Scenario file or shipped name.</param>
/// <param name="Overrides">path=value overrides.</param>
/// <param name="Replications">Replications to run (the first batch when <paramref name="Precision"/> is set).</param>
/// <param name="Seed">Master seed (the scenario's when null); replication seeds derive from it.</param>
/// <param name="Ticks">Recorded months (the scenario's when null).</param>
/// <param name="Precision">Target relative half-width of every headline metric's 95% interval, or null.</param>
/// <param name="MaxReplications">Cap on replications when <paramref name="Precision"/> is set.</param>
/// <param name="Threads">Replications run at once.</param>
/// <param name="OutputDirectory">Where to write (default runs/&lt;scenario&gt;-&lt;seed&gt;-x&lt;N&gt;, or -p&lt;P&gt; with a precision target).</param>
/// <param name="Only">Run exactly these replication numbers, in one batch (a replay of what a manifest recorded).</param>
/// <param name="Executor">Where replications run (null: this machine's threads); the outputs are the same bytes. Not with a precision target.</param>
public sealed record ReplicationRequest(
    string Scenario,
    IReadOnlyList<string> Overrides,
    int Replications,
    long? Seed = null,
    int? Ticks = null,
    double? Precision = null,
    int MaxReplications = 200,
    int Threads = 1,
    string? OutputDirectory = null,
    IReadOnlyList<int>? Only = null,
    Execution.IUnitExecutor? Executor = null)
{
    /// <summary>The most replications one experiment may run (each arm, for a comparison).</summary>
    public const int MaxAllowed = 100_000;
}
