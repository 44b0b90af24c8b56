using QuasiMarketSim.Experiments.Statistics;
using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Experiments.Comparison;

/// <summary>The difference B - A in one metric's whole-run value.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="A">A's values across replications.</param>
/// <param name="B">B's values with the same seeds as A (common random numbers).</param>
/// <param name="Paired">Interval of the paired differences (B - A, same seeds).</param>
/// <param name="Independent">Welch interval of B with independent seeds minus A.</param>
public sealed record MetricDifference(MetricInfo Metric, ConfidenceInterval A, ConfidenceInterval B, ConfidenceInterval Paired, ConfidenceInterval Independent)
{
    /// <summary>Standardised effect size d_z: mean paired difference over its standard deviation (0 when both are 0).</summary>
    public double EffectSize => Paired.Sd > 0 ? Paired.Mean / Paired.Sd : Paired.Mean == 0 ? 0 : double.PositiveInfinity * Math.Sign(Paired.Mean);

    /// <summary>Width of the independent-seeds interval over the paired one (above 1: common random numbers helped).</summary>
    public double WidthRatio => Paired.HalfWidth > 0 ? Independent.HalfWidth / Paired.HalfWidth : double.PositiveInfinity;
}
