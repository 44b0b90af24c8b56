using System.Globalization;
using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Experiments.Comparison;

/// <summary>One sentence summing up a comparison, e.g. "transactional raises transaction-cost share by 3.1 points [2.6, 3.6]; quality unchanged".</summary>
public static class PlainLanguage
{
    /// <summary>The sentence for <paramref name="nameB"/> against A over the headline metrics.</summary>
    public static string Sentence(string nameB, IReadOnlyList<MetricDifference> differences)
    {
        var parts = new List<string>();
        foreach (var headline in MetricCatalog.Headlines)
        {
            var d = differences.FirstOrDefault(x => x.Metric.Name == headline.Name);
            var words = headline.Label;
            if (d is null) continue;
            var up = d.Paired.Mean > 0;
            // A fall is stated as its size, so its interval is written as sizes too: lowers by 3 [2, 4].
            var (low, high) = up ? (d.Paired.Low, d.Paired.High) : (-d.Paired.High, -d.Paired.Low);
            parts.Add(d.Paired.ExcludesZero
                ? $"{(up ? "raises" : "lowers")} {words} by {Amount(d, Math.Abs(d.Paired.Mean), true)} [{Amount(d, low)}, {Amount(d, high)}]"
                : $"{words} unchanged ({Amount(d, d.Paired.Mean)} [{Amount(d, d.Paired.Low)}, {Amount(d, d.Paired.High)}])");
        }
        return $"{nameB} " + string.Join("; ", parts);
    }

    /// <summary>Shares are written in percentage points, money in GBP, other values as plain numbers (never with an exponent).</summary>
    private static string Amount(MetricDifference d, double value, bool withUnit = false) => d.Metric.Unit is "0-1" or "share"
        ? (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + (withUnit ? " points" : "")
        : Core.Text.ValueFormat.Of(value, d.Metric.Unit);
}
