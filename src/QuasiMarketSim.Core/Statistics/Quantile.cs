namespace QuasiMarketSim.Core.Statistics;

/// <summary>Order statistics over a scratch buffer, without allocating.</summary>
public static class Quantile
{
    /// <summary>
    /// The <paramref name="q"/>-quantile of <paramref name="values"/> by linear interpolation between order
    /// statistics (Hyndman and Fan type 7, the default of R and NumPy). Sorts <paramref name="values"/> in place.
    /// </summary>
    public static double OfInPlace(Span<double> values, double q)
    {
        if (values.IsEmpty) return double.NaN;
        values.Sort();
        var h = (values.Length - 1) * Math.Clamp(q, 0.0, 1.0);
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, values.Length - 1);
        return values[lo] + (h - lo) * (values[hi] - values[lo]);
    }
}
