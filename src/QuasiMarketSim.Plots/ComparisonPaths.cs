using ScottPlot;

namespace QuasiMarketSim.Plots;

/// <summary>Both arms of a comparison month by month (paths.csv): each arm's mean with its 95% band, one colour each.</summary>
public static class ComparisonPaths
{
    /// <summary>The time paths of <paramref name="metric"/> in a comparison folder.</summary>
    public static Plot Create(ResultsFolder folder, string metric)
    {
        var csv = Csv.Read(folder.Combine("paths.csv"));
        var plot = new Plot();
        var names = folder.Scenario.Split(" vs ");
        foreach (var (arm, i, name) in new[] { ("a", 0, names.Length == 2 ? names[1] : "A"), ("b", 1, names[0]) })
        {
            var rows = csv.Rows.Where(r => csv.Text(r, "arm") == arm && csv.Text(r, "metric") == metric).ToList();
            if (rows.Count == 0) continue;
            var ticks = rows.Select(r => csv.Number(r, "tick")).ToArray();
            var band = plot.Add.FillY(ticks, [.. rows.Select(r => csv.Number(r, "ci_low"))], [.. rows.Select(r => csv.Number(r, "ci_high"))]);
            band.FillColor = Palette.At(i).WithAlpha(0.25);
            band.LineColor = Colors.Transparent;
            var line = plot.Add.ScatterLine(ticks, rows.Select(r => csv.Number(r, "mean")).ToArray());
            line.Color = Palette.At(i);
            line.LineWidth = 2;
            line.LegendText = $"{(arm == "a" ? "A" : "B")}: {name} (mean and 95% interval, {csv.Text(rows[0], "n")} replications)";
        }
        var (label, unit) = (folder.Label(metric), folder.Unit(metric));
        plot.Title($"{label}: {folder.Scenario}");
        plot.XLabel("month (after warm-up)");
        plot.YLabel(MetricAxis.Title(label, unit));
        MetricAxis.Apply(plot.Axes.Left, unit);
        plot.ShowLegend(Edge.Bottom);
        TimeSeriesFigure.Style(plot);
        return plot;
    }
}
