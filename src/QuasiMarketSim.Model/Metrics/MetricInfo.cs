namespace QuasiMarketSim.Model.Metrics;

/// <summary>One output column: its name, unit and meaning.</summary>
/// <param name="Name">snake_case column name in ticks.csv.</param>
/// <param name="Unit">Unit of measure.</param>
/// <param name="Meaning">What it measures.</param>
/// <param name="IsFlow">True for per-month counts and amounts, which sum over a run; false for levels, which average.</param>
public sealed record MetricInfo(string Name, string Unit, string Meaning, bool IsFlow);
