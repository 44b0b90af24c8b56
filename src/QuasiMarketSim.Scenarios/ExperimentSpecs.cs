namespace QuasiMarketSim.Scenarios;

/// <summary>One factor of a sweep: explicit values, or an evenly spaced or sampled range.</summary>
/// <param name="Path">Parameter path as --set writes it (e.g. commissioning.relational_mix).</param>
/// <param name="Values">Explicit values (grid), or null.</param>
/// <param name="Min">Lower end of the range.</param>
/// <param name="Max">Upper end of the range.</param>
/// <param name="Steps">Evenly spaced values from Min to Max for a grid (ignored by a Latin hypercube).</param>
/// <param name="Integer">True when the parameter takes whole numbers (sampled values are rounded).</param>
public sealed record SweepFactor(string Path, IReadOnlyList<double>? Values, double Min, double Max, int Steps, bool Integer);

/// <summary>A scenario's "sweep" block: which parameters vary, how points are chosen, replications per point.</summary>
/// <param name="Factors">The parameters that vary.</param>
/// <param name="Design">"grid" (every combination) or "latin_hypercube".</param>
/// <param name="Points">Points of a Latin hypercube.</param>
/// <param name="Replications">Replications at each point.</param>
public sealed record SweepSpec(IReadOnlyList<SweepFactor> Factors, string Design, int Points, int Replications);

/// <summary>A scenario's "sensitivity" block: parameter ranges, the method and its sample sizes, the metrics analysed.</summary>
/// <param name="Factors">Parameters and ranges (Values unused).</param>
/// <param name="Trajectories">Morris trajectories.</param>
/// <param name="Levels">Morris grid levels.</param>
/// <param name="Samples">Sobol base samples N (runs: N (k + 2) points).</param>
/// <param name="Replications">Replications at each design point (the mean is analysed; their spread measures noise).</param>
/// <param name="Metrics">Metrics analysed (whole-run values).</param>
public sealed record SensitivitySpec(IReadOnlyList<SweepFactor> Factors, int Trajectories, int Levels, int Samples, int Replications, IReadOnlyList<string> Metrics);
