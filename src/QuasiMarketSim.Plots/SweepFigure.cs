using ScottPlot;

namespace QuasiMarketSim.Plots;

/// <summary>
/// Sweep results for one metric. A grid over two parameters is a heatmap whose cells print their mean and 95%
/// interval; a grid over one parameter is the mean with its band. Anything else (a Latin hypercube, or a grid over
/// three or more parameters) is drawn as it is: one point per design point against the first parameter, with that
/// point's own interval, since nothing there is averaged over the others.
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
        var (label, unit) = (folder.Label(metric), folder.WholeRunUnit(metric));
        var xs = rows.Select(r => csv.Number(r, factors[0])).Distinct().Order().ToArray();
        if (factors.Length == 2)
        {
            var ys = rows.Select(r => csv.Number(r, factors[1])).Distinct().Order().ToArray();
            if (xs.Length * ys.Length == rows.Count) return Heatmap(folder, csv, rows, factors, xs, ys, label, unit);
        }
        var plot = new Plot();
        if (factors.Length == 1 && xs.Length == rows.Count)
        {
            var band = plot.Add.FillY(xs, [.. rows.Select(r => csv.Number(r, "ci_low"))], [.. rows.Select(r => csv.Number(r, "ci_high"))]);
            band.FillColor = Palette.At(0).WithAlpha(0.25);
            band.LineColor = Colors.Transparent;
            band.LegendText = "95% interval of the mean";
            var line = plot.Add.Scatter(xs, [.. rows.Select(r => csv.Number(r, "mean"))]);
            line.Color = Palette.At(0);
            line.LineWidth = 2;
            line.LegendText = $"mean over {csv.Text(rows[0], "n")} replications";
        }
        else
        {
            foreach (var r in rows)
            {
                var x = csv.Number(r, factors[0]);
                var interval = plot.Add.Line(x, csv.Number(r, "ci_low"), x, csv.Number(r, "ci_high"));
                interval.Color = Palette.At(0).WithAlpha(0.5);
                interval.LineWidth = 1.5f;
            }
            var points = plot.Add.ScatterPoints(rows.Select(r => csv.Number(r, factors[0])).ToArray(), rows.Select(r => csv.Number(r, "mean")).ToArray());
            points.Color = Palette.At(0);
            points.MarkerSize = 7;
            points.LegendText = $"one design point: mean over {csv.Text(rows[0], "n")} replications, with its 95% interval "
                + $"({string.Join(", ", factors.Skip(1))} vary between points)";
        }
        plot.Title($"{label}: {folder.Scenario}");
        plot.XLabel(factors[0]);
        plot.YLabel(MetricAxis.Title(label, unit));
        MetricAxis.Apply(plot.Axes.Left, unit);
        plot.ShowLegend(Edge.Bottom);
        TimeSeriesFigure.Style(plot);
        return plot;
    }

    private static Plot Heatmap(ResultsFolder folder, Csv csv, List<string[]> rows, string[] factors, double[] xs, double[] ys, string label, string unit)
    {
        var plot = new Plot();
        // Rows of the heatmap run top to bottom, so the largest y value comes first.
        var grid = new double[ys.Length, xs.Length];
        foreach (var r in rows)
        {
            var (i, j) = (Array.IndexOf(ys, csv.Number(r, factors[1])), Array.IndexOf(xs, csv.Number(r, factors[0])));
            grid[ys.Length - 1 - i, j] = csv.Number(r, "mean");
        }
        var map = plot.Add.Heatmap(grid);
        foreach (var r in rows)
        {
            var (i, j) = (Array.IndexOf(ys, csv.Number(r, factors[1])), Array.IndexOf(xs, csv.Number(r, factors[0])));
            // Each cell states its value and interval, so the figure shows what a report quotes.
            var text = plot.Add.Text(Cell(csv.Number(r, "mean"), csv.Number(r, "ci_low"), csv.Number(r, "ci_high"), unit), j, i);
            text.LabelAlignment = Alignment.MiddleCenter;
            text.LabelFontSize = 10;
            text.LabelFontColor = Colors.White;
            text.LabelBackgroundColor = Colors.Black.WithAlpha(0.35);
        }
        map.Colormap = new ScottPlot.Colormaps.Viridis();
        // The extent gives the centres of the edge cells (ScottPlot's default alignment), so cell (i, j) is
        // centred on tick (i, j) and the parameter values label the cells.
        map.Extent = new CoordinateRect(0, Math.Max(1, xs.Length - 1), 0, Math.Max(1, ys.Length - 1));
        var bar = plot.Add.ColorBar(map);
        bar.Label = MetricAxis.Title(label, unit);
        bar.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => MetricAxis.Tick(v, unit) };
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, xs.Length).Select(i => (double)i)], [.. xs.Select(Format)]);
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, ys.Length).Select(i => (double)i)], [.. ys.Select(Format)]);
        plot.Title($"{label}: {folder.Scenario}, mean [95% interval] of {csv.Text(rows[0], "n")} replications");
        plot.XLabel(factors[0]);
        plot.YLabel(factors[1]);
        TimeSeriesFigure.Style(plot);
        plot.Axes.Title.Label.FontSize = 15;
        return plot;
    }

    private static string Format(double v) => Core.Text.ValueFormat.Number(v);

    /// <summary>A cell's "mean [low, high]" on two short lines, in the colour bar's unit (so GBP and % are not repeated).</summary>
    private static string Cell(double mean, double low, double high, string unit)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (unit.StartsWith("GBP", StringComparison.Ordinal))
        {
            var (div, suffix) = Math.Abs(mean) >= 1e6 ? (1e6, "M") : Math.Abs(mean) >= 1e4 ? (1e3, "k") : (1.0, "");
            return string.Create(inv, $"{mean / div:0.0}{suffix}\n[{low / div:0.0}, {high / div:0.0}]");
        }
        if (unit.StartsWith("share", StringComparison.Ordinal)) return string.Create(inv, $"{100 * mean:0.0}%\n[{100 * low:0.0}, {100 * high:0.0}]");
        return $"{Format(mean)}\n[{Format(low)}, {Format(high)}]";
    }
}
