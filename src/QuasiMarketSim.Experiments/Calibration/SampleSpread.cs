using QuasiMarketSim.Core.Statistics;

namespace QuasiMarketSim.Experiments.Calibration;

/// <summary>Where a sample lies: its mean, standard deviation and central 95% interval (2.5% and 97.5% quantiles).</summary>
/// <param name="Mean">Sample mean.</param>
/// <param name="Sd">Sample standard deviation (n - 1 denominator; 0 for one value).</param>
/// <param name="Low">2.5% quantile (Hyndman and Fan type 7).</param>
/// <param name="High">97.5% quantile.</param>
public sealed record SampleSpread(double Mean, double Sd, double Low, double High)
{
    /// <summary>The spread of <paramref name="values"/> (NaN throughout when there are none).</summary>
    public static SampleSpread Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return new(double.NaN, double.NaN, double.NaN, double.NaN);
        var sorted = values.ToArray();
        var mean = sorted.Average();
        var ss = sorted.Sum(v => (v - mean) * (v - mean));
        var sd = sorted.Length > 1 ? Math.Sqrt(ss / (sorted.Length - 1)) : 0;
        var low = Quantile.OfInPlace(sorted, 0.025);
        var high = Quantile.OfInPlace(sorted, 0.975);
        return new(mean, sd, low, high);
    }

    /// <summary>True when <paramref name="value"/> lies in [Low, High].</summary>
    public bool Contains(double value) => value >= Low && value <= High;
}
