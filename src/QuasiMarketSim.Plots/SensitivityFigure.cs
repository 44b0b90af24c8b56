using ScottPlot;

namespace QuasiMarketSim.Plots;

/// <summary>Sensitivity for one metric: each factor's Morris mu* or Sobol total-order index with its bootstrap 95% interval, largest on top.</summary>
public static class SensitivityFigure
{
    /// <summary>The sensitivity figure of <paramref name="metric"/> from a sensitivity folder.</summary>
    public static Plot Create(ResultsFolder folder, string metric)
    {
        var csv = Csv.Read(folder.Combine("sensitivity.csv"));
        var rows = csv.Rows.Where(r => csv.Text(r, "metric") == metric).ToList();
        if (rows.Count == 0) throw new KeyNotFoundException($"no metric '{metric}' in {folder.Combine("sensitivity.csv")}");
        var method = csv.Text(rows[0], "method");
        var index = method == "morris" ? "mu_star" : "total_order";
        var bars = rows.Where(r => csv.Text(r, "index") == index).OrderBy(r => csv.Number(r, "value")).ToList();
        var plot = new Plot();
        for (var i = 0; i < bars.Count; i++)
        {
            var value = csv.Number(bars[i], "value");
            var bar = plot.Add.Bar(position: i, value: value);
            bar.Horizontal = true;
            bar.Color = Palette.At(0);
            var (low, high) = (csv.Number(bars[i], "ci_low"), csv.Number(bars[i], "ci_high"));
            if (double.IsFinite(low) && double.IsFinite(high))
            {
                var interval = plot.Add.Line(low, i, high, i);
                interval.Color = Colors.Black;
                interval.LineWidth = 2;
            }
        }
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, bars.Count).Select(i => (double)i)], [.. bars.Select(r => csv.Text(r, "factor"))]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0);
        plot.Title($"{folder.Label(metric)}: {(method == "morris" ? "Morris mu*" : "Sobol total-order index")} with 95% interval");
        plot.XLabel(method == "morris" ? "mu* (mean absolute elementary effect, per unit range)" : "total-order index");
        TimeSeriesFigure.Style(plot);
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        return plot;
    }

    /// <summary>Metrics present in the folder's sensitivity.csv.</summary>
    public static IReadOnlyList<string> Metrics(ResultsFolder folder)
    {
        var csv = Csv.Read(folder.Combine("sensitivity.csv"));
        return [.. csv.Rows.Select(r => csv.Text(r, "metric")).Distinct()];
    }
}
