using ScottPlot;

namespace QuasiMarketSim.Plots;

/// <summary>
/// Sweep results for one metric: a heatmap of the mean over a two-parameter grid, or the mean with its 95% band
/// along one parameter (the first, averaging over any others).
/// </summary>
public static class SweepFigure
{
    /// <summary>The sweep figure of <paramref name="metric"/> from a sweep folder.</summary>
    public static Plot Create(ResultsFolder folder, string metric)
    {
        var csv = Csv.Read(folder.Combine("points.csv"));
        var factors = csv.Header.Skip(1).TakeWhile(h => h != "metric").ToArray();
        var rows = csv.Rows.Where(r => csv.Text(r, "metric") == metric).ToList();
        if (rows.Count == 0) throw new KeyNotFoundException($"no metric '{metric}' in {folder.Combine("points.csv")}");
        var label = folder.Label(metric);
        var plot = new Plot();
        var xs = rows.Select(r => csv.Number(r, factors[0])).Distinct().Order().ToArray();
        if (factors.Length == 2)
        {
            var ys = rows.Select(r => csv.Number(r, factors[1])).Distinct().Order().ToArray();
            if (xs.Length * ys.Length == rows.Count)
            {
                // Rows of the heatmap run top to bottom, so the largest y value comes first.
                var grid = new double[ys.Length, xs.Length];
                foreach (var r in rows)
                {
                    grid[ys.Length - 1 - Array.IndexOf(ys, csv.Number(r, factors[1])), Array.IndexOf(xs, csv.Number(r, factors[0]))] = csv.Number(r, "mean");
                }
                var map = plot.Add.Heatmap(grid);
                map.Colormap = new ScottPlot.Colormaps.Viridis();
                // The extent gives the centres of the edge cells (ScottPlot's default alignment), so cell (i, j) is
                // centred on tick (i, j) and the parameter values label the cells.
                map.Extent = new CoordinateRect(0, Math.Max(1, xs.Length - 1), 0, Math.Max(1, ys.Length - 1));
                plot.Add.ColorBar(map).Label = label;
                plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, xs.Length).Select(i => (double)i)], [.. xs.Select(Format)]);
                plot.Axes.Left.SetTicks([.. Enumerable.Range(0, ys.Length).Select(i => (double)i)], [.. ys.Select(Format)]);
                plot.Title($"{label}: {folder.Scenario} (mean over replications)");
                plot.XLabel(factors[0]);
                plot.YLabel(factors[1]);
                TimeSeriesFigure.Style(plot);
                return plot;
            }
        }
        var means = xs.Select(x => rows.Where(r => csv.Number(r, factors[0]) == x).Average(r => csv.Number(r, "mean"))).ToArray();
        var lows = xs.Select(x => rows.Where(r => csv.Number(r, factors[0]) == x).Average(r => csv.Number(r, "ci_low"))).ToArray();
        var highs = xs.Select(x => rows.Where(r => csv.Number(r, factors[0]) == x).Average(r => csv.Number(r, "ci_high"))).ToArray();
        var band = plot.Add.FillY(xs, lows, highs);
        band.FillColor = Palette.At(0).WithAlpha(0.25);
        band.LineColor = Colors.Transparent;
        band.LegendText = "95% interval";
        var line = plot.Add.Scatter(xs, means);
        line.Color = Palette.At(0);
        line.LineWidth = 2;
        line.LegendText = factors.Length > 1 ? "mean (averaged over the other parameters)" : "mean";
        plot.Title($"{label}: {folder.Scenario}");
        plot.XLabel(factors[0]);
        var unit = folder.Unit(metric);
        plot.YLabel(unit.Length > 0 ? $"{label} ({unit})" : label);
        plot.ShowLegend(Alignment.UpperRight);
        TimeSeriesFigure.Style(plot);
        return plot;
    }

    private static string Format(double v) => Core.Text.ValueFormat.Number(v);
}
