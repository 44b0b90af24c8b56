using ScottPlot;

namespace QuasiMarketSim.Plots;

/// <summary>A metric over time: the mean across replications with its 95% band (or the single run), events marked.</summary>
public static class TimeSeriesFigure
{
    /// <summary>Builds the figure for <paramref name="metric"/> from a run or replications folder.</summary>
    public static Plot Create(ResultsFolder folder, string metric) => Create([folder], metric);

    /// <summary>Overlays <paramref name="metric"/> from several run or replications folders, one colour per scenario.</summary>
    public static Plot Create(IReadOnlyList<ResultsFolder> folders, string metric)
    {
        var plot = new Plot();
        var singleRuns = new List<double>();
        for (var i = 0; i < folders.Count; i++) AddSeries(plot, folders[i], metric, Palette.At(i), folders.Count > 1 ? folders[i].Scenario + ": " : "", singleRuns);
        var events = folders.SelectMany(f => f.Events()).Distinct().ToList();
        foreach (var (tick, type) in events)
        {
            var marker = plot.Add.VerticalLine(tick);
            marker.Color = Colors.Gray;
            marker.LinePattern = LinePattern.Dashed;
            // Named in the legend: a label on the axis would cover the title or the tick labels.
            marker.LegendText = $"event: {type.Replace('_', ' ')} (month {tick})";
        }
        var unit = folders[0].Unit(metric);
        var label = folders[0].Label(metric);
        plot.Title(folders.Count == 1 ? $"{label}: {folders[0].Scenario}" : $"{label}: {string.Join(" vs ", folders.Select(f => f.Scenario))}");
        plot.XLabel("month (after warm-up)");
        plot.YLabel(MetricAxis.Title(label, unit));
        MetricAxis.Apply(plot.Axes.Left, unit);
        // A single run has no band to show how much a wiggle matters: keep the y-range at the metric's scale.
        if (singleRuns.Count > 0 && folders.All(f => f.Kind == "run")) MetricAxis.AtLeastSensibleRange(plot, unit, singleRuns);
        // Below the data, never over it.
        plot.ShowLegend(Edge.Bottom);
        Style(plot);
        return plot;
    }

    private static void AddSeries(Plot plot, ResultsFolder folder, string metric, Color color, string prefix, List<double> singleRuns)
    {
        if (folder.Kind == "replications")
        {
            var csv = Csv.Read(folder.Combine("aggregate.csv"));
            var rows = csv.Rows.Where(r => csv.Text(r, "metric") == metric).ToList();
            if (rows.Count == 0) throw new KeyNotFoundException($"no metric '{metric}' in {folder.Combine("aggregate.csv")}");
            var ticks = rows.Select(r => csv.Number(r, "tick")).ToArray();
            var band = plot.Add.FillY(ticks, rows.Select(r => csv.Number(r, "ci_low")).ToArray(), rows.Select(r => csv.Number(r, "ci_high")).ToArray());
            band.FillColor = color.WithAlpha(0.25);
            band.LineColor = Colors.Transparent;
            band.LegendText = $"{prefix}95% interval of the mean ({csv.Text(rows[0], "n")} replications{(folder.IsBounded(metric) ? ", logit scale" : "")})";
            var mean = plot.Add.ScatterLine(ticks, rows.Select(r => csv.Number(r, "mean")).ToArray());
            mean.Color = color;
            mean.LineWidth = 2;
            mean.LegendText = $"{prefix}mean";
        }
        else
        {
            var csv = Csv.Read(folder.Combine("ticks.csv"));
            if (!csv.Has(metric)) throw new KeyNotFoundException($"no metric '{metric}' in {folder.Combine("ticks.csv")}");
            var values = csv.Rows.Select(r => csv.Number(r, metric)).ToArray();
            singleRuns.AddRange(values);
            var line = plot.Add.ScatterLine(csv.Rows.Select(r => csv.Number(r, "tick")).ToArray(), values);
            line.Color = color;
            line.LineWidth = 2;
            line.LegendText = $"{prefix}one run";
        }
    }

    /// <summary>Readable fonts for reports.</summary>
    public static void Style(Plot plot)
    {
        plot.Axes.Title.Label.FontSize = 18;
        plot.Axes.Bottom.Label.FontSize = 15;
        plot.Axes.Left.Label.FontSize = 15;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Legend.FontSize = 13;
    }
}
