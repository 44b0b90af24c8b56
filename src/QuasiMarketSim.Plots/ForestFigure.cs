using System.Globalization;
using ScottPlot;

namespace QuasiMarketSim.Plots;

/// <summary>
/// A comparison at a glance: each headline metric's paired difference B - A with its 95% interval (a forest plot).
/// The metrics have different units, so each row is drawn on its own scale around zero and its value is printed
/// beside it in the metric's unit, as the console sentence writes it; colour says whether B is better, worse, or
/// cannot be told from A.
/// </summary>
public static class ForestFigure
{
    private static readonly Color Better = Color.FromHex("#009E73"), Worse = Color.FromHex("#D55E00"), Either = Color.FromHex("#0072B2");

    /// <summary>The forest plot of a comparison folder.</summary>
    public static Plot Create(ResultsFolder folder)
    {
        var csv = Csv.Read(folder.Combine("comparison.csv"));
        var plot = new Plot();
        var positions = new List<double>();
        var labels = new List<string>();
        var (left, right) = (-0.1, 0.1);
        var y = 0.0;
        foreach (var metric in folder.Headlines.Reverse())
        {
            var row = csv.Rows.FirstOrDefault(r => csv.Text(r, "metric") == metric);
            if (row is null) continue;
            var (low, mid, high) = (csv.Number(row, "ci_low"), csv.Number(row, "difference"), csv.Number(row, "ci_high"));
            var scale = Math.Max(Math.Max(Math.Abs(low), Math.Abs(high)), Math.Abs(mid));
            if (scale == 0) scale = 1;
            var crosses = low <= 0 && high >= 0;
            var better = folder.Better(metric);
            var color = crosses ? Colors.Gray : better == 0 ? Either : better * mid > 0 ? Better : Worse;
            var bar = plot.Add.Line(low / scale, y, high / scale, y);
            bar.Color = color;
            bar.LineWidth = 3;
            var point = plot.Add.Marker(mid / scale, y);
            point.Color = color;
            point.Size = 10;
            (left, right) = (Math.Min(left, low / scale), Math.Max(right, high / scale));
            var unit = folder.Unit(metric);
            var text = plot.Add.Text($"{Amount(mid, unit, true)} [{Amount(low, unit)}, {Amount(high, unit)}]", 0, y);
            text.LabelFontSize = 13;
            text.LabelFontColor = color == Colors.Gray ? Colors.DimGray : color;
            text.LabelAlignment = Alignment.MiddleLeft;
            positions.Add(y);
            labels.Add(folder.Label(metric));
            y += 1;
        }
        // The values are printed in a column right of the widest interval.
        var column = right + 0.15 * (right - left);
        foreach (var t in plot.GetPlottables().OfType<ScottPlot.Plottables.Text>()) t.Location = new Coordinates(column, t.Location.Y);
        var zero = plot.Add.VerticalLine(0);
        zero.Color = Colors.Black;
        zero.LineWidth = 1;
        plot.Axes.Left.SetTicks([.. positions], [.. labels]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.SetTicks([], []);
        plot.Axes.SetLimitsY(-0.7, y - 0.3);
        plot.Axes.SetLimitsX(left - 0.05 * (right - left), column + 1.1 * (right - left));
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "B better", LineColor = Better, LineWidth = 3 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "B worse", LineColor = Worse, LineWidth = 3 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "no better way (a change)", LineColor = Either, LineWidth = 3 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "interval holds 0: no difference shown", LineColor = Colors.Gray, LineWidth = 3 });
        plot.ShowLegend(Edge.Bottom);
        plot.Title($"{folder.Scenario}: difference B - A with 95% interval");
        plot.XLabel("B - A, each row on its own scale around 0 (paired, common random numbers)");
        TimeSeriesFigure.Style(plot);
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        return plot;
    }

    /// <summary>As the console writes a difference: shares and 0-1 indices in points, money in GBP, others plainly.</summary>
    private static string Amount(double value, string unit, bool signed = false)
    {
        var text = unit is "share" or "0-1"
            ? (value * 100).ToString(signed ? "+0.0;-0.0;0.0" : "0.0", CultureInfo.InvariantCulture) + (signed ? " points" : "")
            : Core.Text.ValueFormat.Of(value, unit);
        return signed && value > 0 && !text.StartsWith('+') && !(unit is "share" or "0-1") ? "+" + text : text;
    }
}
