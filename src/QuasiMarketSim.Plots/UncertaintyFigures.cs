using ScottPlot;

namespace QuasiMarketSim.Plots;

/// <summary>
/// The figures of a probabilistic comparison (a folder written by run/compare --psa): the cost-effectiveness plane, one
/// point per parameter set with NICE's threshold lines, and the cost-effectiveness acceptability curve.
/// </summary>
public static class UncertaintyFigures
{
    /// <summary>Draws the figures into the folder's figures/ (none for a single scenario's analysis); returns their paths.</summary>
    public static IReadOnlyList<string> Write(string folderPath)
    {
        var ce = System.IO.Path.Combine(folderPath, "cost_effectiveness.csv");
        if (!File.Exists(ce)) return [];
        var target = System.IO.Path.Combine(folderPath, "figures");
        return OverwriteGuard.IntoFigureFolder(target, () =>
        {
            var written = new List<string>();
            void Save(Plot plot, string name)
            {
                var path = System.IO.Path.Combine(target, name + ".png");
                OverwriteGuard.CheckFigure(path);
                plot.SavePng(path, FigureWriter.Width, FigureWriter.Height);
                written.Add(path);
            }
            Save(Plane(Csv.Read(ce)), "cost-effectiveness-plane");
            Save(Acceptability(Csv.Read(System.IO.Path.Combine(folderPath, "acceptability.csv"))), "acceptability-curve");
            return written;
        });
    }

    /// <summary>Incremental QALYs (x) against incremental cost (y), one point per parameter set, with the GBP 20,000 and 30,000 per QALY lines.</summary>
    public static Plot Plane(Csv csv)
    {
        var plot = new Plot();
        var dq = csv.Rows.Select(r => csv.Number(r, "delta_qalys")).ToArray();
        var dc = csv.Rows.Select(r => csv.Number(r, "delta_cost")).ToArray();
        var points = plot.Add.ScatterPoints(dq, dc);
        points.MarkerSize = 6;
        points.LegendText = "one parameter set (mean over its replications)";
        var xMax = Math.Max(dq.Select(Math.Abs).DefaultIfEmpty(1).Max(), 1e-9) * 1.15;
        foreach (var (threshold, pattern) in new[] { (20_000.0, LinePattern.Dashed), (30_000.0, LinePattern.Dotted) })
        {
            var line = plot.Add.Line(-xMax, -threshold * xMax, xMax, threshold * xMax);
            line.LinePattern = pattern;
            line.Color = Colors.Gray;
            line.LegendText = $"GBP {threshold:N0} per QALY: below the line B is cost-effective";
        }
        plot.Add.HorizontalLine(0, 1, Colors.Black);
        plot.Add.VerticalLine(0, 1, Colors.Black);
        var yMax = Math.Max(dc.Select(Math.Abs).DefaultIfEmpty(1).Max(), 1) * 1.15;
        plot.Axes.SetLimits(-xMax, xMax, -yMax, yMax);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Core.Text.ValueFormat.Of(v, "GBP") };
        plot.Title("Cost-effectiveness plane: B against A, one point per parameter set");
        plot.XLabel("incremental QALYs, B - A (discounted, all patients)");
        plot.YLabel("incremental cost to the NHS, B - A (discounted)");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    /// <summary>P(B cost-effective) by willingness to pay per QALY, with NICE's range marked.</summary>
    public static Plot Acceptability(Csv csv)
    {
        var plot = new Plot();
        var x = csv.Rows.Select(r => csv.Number(r, "threshold_gbp_per_qaly")).ToArray();
        var y = csv.Rows.Select(r => 100 * csv.Number(r, "p_b_cost_effective")).ToArray();
        var curve = plot.Add.Scatter(x, y);
        curve.MarkerSize = 0;
        curve.LineWidth = 2;
        curve.LegendText = "share of parameter sets in which B has the higher net monetary benefit";
        var nice = plot.Add.HorizontalSpan(20_000, 30_000);
        nice.FillStyle.Color = Colors.Gray.WithAlpha(0.2);
        nice.LegendText = "NICE range, GBP 20,000-30,000 per QALY";
        // A margin on every side, so a curve at 0% or 100% is not hidden by the frame.
        var xMax = x.DefaultIfEmpty(100_000).Max();
        plot.Axes.SetLimits(-0.02 * xMax, 1.04 * xMax, -3, 103);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Core.Text.ValueFormat.Of(v, "GBP") };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => $"{v:0}%" };
        plot.Title("Cost-effectiveness acceptability curve: B against A");
        plot.XLabel("willingness to pay per QALY");
        plot.YLabel("probability B is cost-effective");
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }
}
