using ScottPlot;

namespace QuasiMarketSim.Plots;

/// <summary>
/// A comparison at a glance: each headline metric's paired difference B - A as a percentage of A, with its 95%
/// interval (a forest plot). Intervals crossing the zero line are differences the replications cannot tell from none.
/// </summary>
public static class ForestFigure
{
    /// <summary>The forest plot of a comparison folder.</summary>
    public static Plot Create(ResultsFolder folder)
    {
        var csv = Csv.Read(folder.Combine("comparison.csv"));
        var plot = new Plot();
        const double limit = 150; // % beyond which a row is drawn at the edge and labelled, so small changes stay readable
        var positions = new List<double>();
        var csvMax = 5.0;
        var labels = new List<string>();
        var y = 0.0;
        foreach (var metric in folder.Headlines.Reverse())
        {
            var row = csv.Rows.FirstOrDefault(r => csv.Text(r, "metric") == metric);
            if (row is null) continue;
            var baseline = Math.Abs(csv.Number(row, "mean_a"));
            if (baseline == 0)
            {
                // A percentage of nothing is undefined: keep the row, and state the absolute difference instead.
                var text = plot.Add.Text($"A is 0; B - A = {csv.Number(row, "difference"):G3} [{csv.Number(row, "ci_low"):G3}, {csv.Number(row, "ci_high"):G3}]", 0, y);
                text.LabelFontSize = 12;
                text.LabelAlignment = Alignment.MiddleCenter;
                positions.Add(y);
                labels.Add(folder.Label(metric));
                y += 1;
                continue;
            }
            double Pct(string column) => 100 * csv.Number(row, column) / baseline;
            var (low, mid, high) = (Pct("ci_low"), Pct("difference"), Pct("ci_high"));
            csvMax = Math.Max(csvMax, Math.Max(Math.Abs(low), Math.Abs(high)));
            var crosses = low <= 0 && high >= 0;
            var color = crosses ? Colors.Gray : Palette.At(low > 0 ? 1 : 0);
            var bar = plot.Add.Line(Math.Clamp(low, -limit, limit), y, Math.Clamp(high, -limit, limit), y);
            bar.Color = color;
            bar.LineWidth = 3;
            var point = plot.Add.Marker(Math.Clamp(mid, -limit, limit), y);
            point.Color = color;
            point.Size = 10;
            if (Math.Abs(mid) > limit)
            {
                var note = plot.Add.Text($"{mid:+0;-0}% [{low:0}, {high:0}]", Math.Sign(mid) * limit, y + 0.3);
                note.LabelFontSize = 12;
                note.LabelFontColor = color;
                note.LabelAlignment = mid > 0 ? Alignment.LowerRight : Alignment.LowerLeft;
            }
            positions.Add(y);
            labels.Add(folder.Label(metric));
            y += 1;
        }
        var zero = plot.Add.VerticalLine(0);
        zero.Color = Colors.Black;
        zero.LineWidth = 1;
        plot.Axes.Left.SetTicks([.. positions], [.. labels]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(-0.7, y - 0.3);
        var widest = Math.Min(limit, csvMax) * 1.1;
        plot.Axes.SetLimitsX(-widest, widest);
        plot.Title($"{folder.Scenario}: difference with 95% interval");
        plot.XLabel("B - A, as % of A (paired, common random numbers)");
        TimeSeriesFigure.Style(plot);
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        return plot;
    }
}
