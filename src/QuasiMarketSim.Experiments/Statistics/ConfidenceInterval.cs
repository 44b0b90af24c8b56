using MathNet.Numerics.Distributions;

namespace QuasiMarketSim.Experiments.Statistics;

/// <summary>A mean with its standard deviation and a Student-t confidence interval.</summary>
/// <param name="N">Sample size.</param>
/// <param name="Mean">Sample mean.</param>
/// <param name="Sd">Sample standard deviation (n - 1 denominator); 0 when n &lt; 2.</param>
/// <param name="Low">Lower bound of the interval.</param>
/// <param name="High">Upper bound of the interval.</param>
public sealed record ConfidenceInterval(int N, double Mean, double Sd, double Low, double High)
{
    /// <summary>Half the interval's width.</summary>
    public double HalfWidth => (High - Low) / 2;

    /// <summary>Half-width relative to |mean| (infinite when the mean is 0 and the interval is not).</summary>
    public double RelativeHalfWidth => HalfWidth == 0 ? 0 : Math.Abs(Mean) > 0 ? HalfWidth / Math.Abs(Mean) : double.PositiveInfinity;

    /// <summary>True when the interval excludes zero.</summary>
    public bool ExcludesZero => Low > 0 || High < 0;

    /// <summary>
    /// The <paramref name="level"/> interval for the mean of <paramref name="values"/>: mean +/- t(n-1) sd / sqrt(n),
    /// t from MathNet's Student t inverse CDF. With one value the interval is the point itself.
    /// </summary>
    public static ConfidenceInterval Of(IReadOnlyList<double> values, double level = 0.95)
    {
        var n = values.Count;
        if (n == 0) return new(0, double.NaN, double.NaN, double.NaN, double.NaN);
        var mean = 0.0;
        foreach (var v in values) mean += v;
        mean /= n;
        var ss = 0.0;
        if (n >= 2) foreach (var v in values) ss += (v - mean) * (v - mean);
        return FromMoments(n, mean, ss, level);
    }

    /// <summary>
    /// The interval from a sample's size, mean and sum of squared deviations from the mean (for samples too large
    /// to hold, summed in a stream); <see cref="Of"/> computes the same from the values.
    /// </summary>
    public static ConfidenceInterval FromMoments(int n, double mean, double sumSquaredDeviations, double level = 0.95)
    {
        if (n == 0) return new(0, double.NaN, double.NaN, double.NaN, double.NaN);
        if (n < 2) return new(n, mean, 0, mean, mean);
        var sd = Math.Sqrt(sumSquaredDeviations / (n - 1));
        var t = StudentT.InvCDF(0, 1, n - 1, 0.5 + level / 2);
        var half = t * sd / Math.Sqrt(n);
        return new(n, mean, sd, mean - half, mean + half);
    }

    /// <summary>
    /// The interval for the mean of a quantity bounded by 0 and 1 (a share, a 0-1 index): built on the logit scale,
    /// logit(mean) +/- t sd / (sqrt(n) mean (1 - mean)) by the delta method, and mapped back, so it stays inside the
    /// bounds and is asymmetric near them. A mean at a bound with no spread gives the point itself; a mean at a bound
    /// with spread (impossible for values inside the bounds) falls back to the Student t interval, clipped.
    /// </summary>
    public static ConfidenceInterval FromMomentsBounded(int n, double mean, double sumSquaredDeviations, double level = 0.95)
    {
        var plain = FromMoments(n, mean, sumSquaredDeviations, level);
        if (n < 2 || plain.Sd == 0) return plain;
        if (mean <= 0 || mean >= 1) return plain with { Low = Math.Clamp(plain.Low, 0, 1), High = Math.Clamp(plain.High, 0, 1) };
        var t = StudentT.InvCDF(0, 1, n - 1, 0.5 + level / 2);
        var centre = Math.Log(mean / (1 - mean));
        var half = t * plain.Sd / Math.Sqrt(n) / (mean * (1 - mean));
        return plain with { Low = Logistic(centre - half), High = Logistic(centre + half) };
    }

    /// <summary><see cref="FromMomentsBounded"/> from the values.</summary>
    public static ConfidenceInterval OfBounded(IReadOnlyList<double> values, double level = 0.95)
    {
        var plain = Of(values, level);
        return plain.N < 2 ? plain : FromMomentsBounded(plain.N, plain.Mean, plain.Sd * plain.Sd * (plain.N - 1), level);
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>
    /// Welch's interval for the difference of means of two independent samples (b - a), with Welch-Satterthwaite
    /// degrees of freedom.
    /// </summary>
    public static ConfidenceInterval Difference(IReadOnlyList<double> a, IReadOnlyList<double> b, double level = 0.95)
    {
        var ia = Of(a);
        var ib = Of(b);
        var va = ia.Sd * ia.Sd / ia.N;
        var vb = ib.Sd * ib.Sd / ib.N;
        var diff = ib.Mean - ia.Mean;
        var se = Math.Sqrt(va + vb);
        if (se == 0) return new(Math.Min(ia.N, ib.N), diff, 0, diff, diff);
        var df = (va + vb) * (va + vb) / (va * va / (ia.N - 1) + vb * vb / (ib.N - 1));
        var t = StudentT.InvCDF(0, 1, df, 0.5 + level / 2);
        return new(Math.Min(ia.N, ib.N), diff, se, diff - t * se, diff + t * se);
    }
}
