using ScottPlot;

namespace QuasiMarketSim.Plots;

/// <summary>A metric over time: the mean across replications with its 95% band (or the single run), events marked.</summary>
public static class TimeSeriesFigure
{
    /// <summary>Builds the figure for <paramref name="metric"/> from a run or replications folder.</summary>
    public static Plot Create(ResultsFolder folder, string metric)
    {
        var plot = new Plot();
        var color = Palette.At(0);
        if (folder.Kind == "replications")
        {
            var csv = Csv.Read(folder.Combine("aggregate.csv"));
            var rows = csv.Rows.Where(r => csv.Text(r, "metric") == metric).ToList();
            if (rows.Count == 0) throw new KeyNotFoundException($"no metric '{metric}' in {folder.Combine("aggregate.csv")}");
            var ticks = rows.Select(r => csv.Number(r, "tick")).ToArray();
            var band = plot.Add.FillY(ticks, rows.Select(r => csv.Number(r, "ci_low")).ToArray(), rows.Select(r => csv.Number(r, "ci_high")).ToArray());
            band.FillColor = color.WithAlpha(0.25);
            band.LineColor = Colors.Transparent;
            band.LegendText = $"95% interval ({csv.Text(rows[0], "n")} replications)";
            var mean = plot.Add.ScatterLine(ticks, rows.Select(r => csv.Number(r, "mean")).ToArray());
            mean.Color = color;
            mean.LineWidth = 2;
            mean.LegendText = "mean";
        }
        else
        {
            var csv = Csv.Read(folder.Combine("ticks.csv"));
            if (!csv.Has(metric)) throw new KeyNotFoundException($"no metric '{metric}' in {folder.Combine("ticks.csv")}");
            var line = plot.Add.ScatterLine(csv.Rows.Select(r => csv.Number(r, "tick")).ToArray(), csv.Rows.Select(r => csv.Number(r, metric)).ToArray());
            line.Color = color;
            line.LineWidth = 2;
            line.LegendText = "one run";
        }
        foreach (var (tick, type) in folder.Events())
        {
            var marker = plot.Add.VerticalLine(tick);
            marker.Color = Colors.Gray;
            marker.LinePattern = LinePattern.Dashed;
            // Named in the legend: a label on the axis would cover the title or the tick labels.
            marker.LegendText = $"event: {type.Replace('_', ' ')} (month {tick})";
        }
        var unit = folder.Unit(metric);
        plot.Title($"{metric.Replace('_', ' ')}: {folder.Scenario}");
        plot.XLabel("month (after warm-up)");
        plot.YLabel(unit.Length > 0 ? $"{metric.Replace('_', ' ')} ({unit})" : metric.Replace('_', ' '));
        plot.ShowLegend(Alignment.LowerRight);
        Style(plot);
        return plot;
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
