namespace QuasiMarketSim.Experiments.Sweeps;

/// <summary>A sweep over the scenario's "sweep" block.</summary>
/// <param name="Scenario">Scenario file or shipped name (it must have a sweep block).</param>
/// <param name="Overrides">path=value overrides of the base scenario (sweep.* paths change the design).</param>
/// <param name="Seed">Master seed (the scenario's when null).</param>
/// <param name="Ticks">Recorded months (the scenario's when null).</param>
/// <param name="Threads">Runs at once.</param>
/// <param name="OutputDirectory">Where to write (default runs/sweep-&lt;scenario&gt;-&lt;seed&gt;).</param>
/// <param name="Resume">Continue an interrupted sweep in <paramref name="OutputDirectory"/>.</param>
/// <param name="Paths">Also keep every month: paths.csv, each point's monthly mean and 95% interval per metric.</param>
/// <param name="Parquet">Also write each table as Apache Parquet (sweep.parquet, points.parquet, paths.parquet).</param>
/// <param name="Executor">Where units run (null: this machine's threads); outputs are the same bytes whichever runs them.</param>
public sealed record SweepRequest(string Scenario, IReadOnlyList<string> Overrides, long? Seed = null, int? Ticks = null,
    int Threads = 1, string? OutputDirectory = null, bool Resume = false, bool Paths = false, bool Parquet = false, Execution.IUnitExecutor? Executor = null);
