namespace QuasiMarketSim.Experiments.SensitivityRuns;

/// <summary>A sensitivity analysis over the scenario's "sensitivity" block.</summary>
/// <param name="Scenario">Scenario file or shipped name (it must have a sensitivity block).</param>
/// <param name="Method">"morris" (screening: mu*, sigma) or "sobol" (first and total order indices).</param>
/// <param name="Overrides">path=value overrides (sensitivity.* paths change the design).</param>
/// <param name="Seed">Master seed (the scenario's when null).</param>
/// <param name="Ticks">Recorded months (the scenario's when null).</param>
/// <param name="Threads">Runs at once.</param>
/// <param name="OutputDirectory">Where to write (default runs/sensitivity-&lt;method&gt;-&lt;scenario&gt;-&lt;seed&gt;).</param>
/// <param name="Executor">Where the runs happen (null: this machine's threads); the outputs are the same bytes.</param>
public sealed record SensitivityRequest(string Scenario, string Method, IReadOnlyList<string> Overrides, long? Seed = null, int? Ticks = null,
    int Threads = 1, string? OutputDirectory = null, Execution.IUnitExecutor? Executor = null);
