using MathNet.Numerics.Statistics;

namespace QuasiMarketSim.Experiments.Sensitivity;

/// <summary>
/// A bootstrap percentile confidence interval (Efron and Tibshirani 1993, "An Introduction to the Bootstrap",
/// ch. 13): the (1 - level)/2 and (1 + level)/2 quantiles of the estimates recomputed on resampled data.
/// </summary>
/// <param name="Low">Lower bound, in the units of the estimate.</param>
/// <param name="High">Upper bound, in the units of the estimate.</param>
/// <param name="Level">Nominal coverage, e.g. 0.95.</param>
public sealed record PercentileInterval(double Low, double High, double Level)
{
    /// <summary>The interval's width, <c>High - Low</c>.</summary>
    public double Width => High - Low;

    /// <summary>True when <paramref name="value"/> lies in [Low, High].</summary>
    public bool Contains(double value) => value >= Low && value <= High;

    /// <summary>
    /// The percentile interval of the bootstrap replicates <paramref name="replicates"/>. Quantiles use linear
    /// interpolation between order statistics (Hyndman and Fan 1996 type 7, MathNet's <c>QuantileDefinition.R7</c>, the
    /// default of R and NumPy). NaN replicates (for example a resample whose output variance is zero) are left out;
    /// when none remain the bounds are NaN.
    /// </summary>
    public static PercentileInterval Of(IEnumerable<double> replicates, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "level must be in (0, 1)");
        var sorted = replicates.Where(r => !double.IsNaN(r)).ToArray();
        if (sorted.Length == 0) return new(double.NaN, double.NaN, level);
        Array.Sort(sorted);
        var low = SortedArrayStatistics.QuantileCustom(sorted, (1 - level) / 2, QuantileDefinition.R7);
        var high = SortedArrayStatistics.QuantileCustom(sorted, (1 + level) / 2, QuantileDefinition.R7);
        return new(low, high, level);
    }
}
