namespace QuasiMarketSim.Experiments.Comparison;

/// <summary>A paired comparison of two scenarios (B - A).</summary>
/// <param name="ScenarioA">Scenario A.</param>
/// <param name="OverridesA">Overrides for A.</param>
/// <param name="ScenarioB">Scenario B.</param>
/// <param name="OverridesB">Overrides for B.</param>
/// <param name="Replications">Replications per arm.</param>
/// <param name="Seed">Master seed (A's scenario seed when null).</param>
/// <param name="Ticks">Recorded months for both (each scenario's own when null).</param>
/// <param name="Threads">Runs at once.</param>
/// <param name="OutputDirectory">Where to write (default runs/compare-&lt;A&gt;-vs-&lt;B&gt;).</param>
/// <param name="Executor">Where the runs happen (null: this machine's threads); the outputs are the same bytes.</param>
public sealed record CompareRequest(
    string ScenarioA,
    IReadOnlyList<string> OverridesA,
    string ScenarioB,
    IReadOnlyList<string> OverridesB,
    int Replications = 20,
    long? Seed = null,
    int? Ticks = null,
    int Threads = 1,
    string? OutputDirectory = null,
    Execution.IUnitExecutor? Executor = null);
