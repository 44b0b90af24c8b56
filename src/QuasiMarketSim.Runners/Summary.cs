using QuasiMarketSim.Core.Recording;
using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Runners;

/// <summary>End-of-run and whole-run aggregates of one metric.</summary>
/// <param name="Final">Value in the last recorded month.</param>
/// <param name="Mean">Mean over recorded months.</param>
/// <param name="Min">Smallest monthly value.</param>
/// <param name="Max">Largest monthly value.</param>
/// <param name="Total">Sum over recorded months (flows only; null for levels).</param>
public sealed record MetricSummary(double Final, double Mean, double Min, double Max, double? Total);

/// <summary>Aggregates a results table into one <see cref="MetricSummary"/> per metric.</summary>
public static class Summary
{
    /// <summary>Summarises every column of <paramref name="table"/>, in column order.</summary>
    public static IReadOnlyList<(MetricInfo Metric, MetricSummary Summary)> Of(MetricTable table, IReadOnlyList<MetricInfo> metrics)
    {
        var result = new List<(MetricInfo, MetricSummary)>(metrics.Count);
        foreach (var metric in metrics)
        {
            var values = table.Column(metric.Name);
            if (values.Length == 0) continue;
            result.Add((metric, Of(metric, values)));
        }
        return result;
    }

    /// <summary>Summarises every area's metrics over the recorded months, area by area, in metric order.</summary>
    public static IReadOnlyList<AreaSummary> OfAreas(AreaResults areas)
    {
        var result = new List<AreaSummary>(areas.AreaCount);
        if (areas.Ticks == 0) return result;
        var values = new double[areas.Ticks];
        for (var a = 0; a < areas.AreaCount; a++)
        {
            var metrics = new List<(MetricInfo, MetricSummary)>(areas.Metrics.Count);
            for (var m = 0; m < areas.Metrics.Count; m++)
            {
                for (var t = 0; t < areas.Ticks; t++) values[t] = areas.Row(t, a)[m];
                metrics.Add((areas.Metrics[m], Of(areas.Metrics[m], values)));
            }
            result.Add(new AreaSummary(a, areas.Names[a], metrics));
        }
        return result;
    }

    /// <summary>The aggregates of one metric's monthly <paramref name="values"/> (at least one).</summary>
    private static MetricSummary Of(MetricInfo metric, ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values)
        {
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        return new MetricSummary(values[^1], sum / values.Length, min, max, metric.IsFlow ? sum : null);
    }
}
