using System.Globalization;
using ScottPlot;

namespace QuasiMarketSim.Plots;

/// <summary>
/// The diagnostics of a calibration folder (quasim calibrate): the targets beside the prior and posterior predictive
/// intervals, every calibrated parameter's prior and posterior interval, and the prior and posterior samples of the
/// parameters the targets inform most. Drawn from targets.csv, parameters.csv and samples.csv only.
/// </summary>
public static class CalibrationFigures
{
    /// <summary>Histograms drawn for the parameters the targets inform most.</summary>
    public const int Histograms = 4;

    /// <summary>The figures, each with its file name and size in pixels.</summary>
    public static IReadOnlyList<(string Name, Plot Plot, int Width, int Height)> Create(ResultsFolder folder)
    {
        var targets = Csv.Read(folder.Combine("targets.csv"));
        var parameters = Csv.Read(folder.Combine("parameters.csv"));
        var samples = Csv.Read(folder.Combine("samples.csv"));
        var ranked = Ranked(parameters);
        var list = new List<(string, Plot, int, int)>
        {
            ("calibration-targets", Targets(targets, folder.Scenario), FigureWriter.Width, Math.Max(FigureWriter.Height, 140 + 90 * targets.Rows.Count)),
            ("calibration-parameters", Parameters(parameters, ranked, folder.Scenario), FigureWriter.Width, 160 + 26 * parameters.Rows.Count),
        };
        foreach (var (row, i) in ranked.Take(Histograms).Select((r, i) => (r, i)))
        {
            var path = parameters.Text(row, "parameter");
            list.Add(($"calibration-posterior-{i + 1}-{path.Replace('.', '-')}", Histogram(samples, parameters, row), FigureWriter.Width, FigureWriter.Height));
        }
        return list;
    }

    /// <summary>Parameters, the most informed first: informed before not, then by the smaller p-value, then by posterior sd / prior sd.</summary>
    private static List<string[]> Ranked(Csv parameters) =>
        [.. parameters.Rows.OrderByDescending(r => parameters.Text(r, "informed") == "true")
            .ThenBy(r => Math.Min(parameters.Number(r, "p_narrow"), parameters.Number(r, "p_shift")))
            .ThenBy(r => parameters.Number(r, "sd_ratio"))];

    /// <summary>Each target's observed 95% interval beside the prior and posterior predictive 95% intervals of one run, in %.</summary>
    public static Plot Targets(Csv csv, string scenario)
    {
        var plot = new Plot();
        var series = new (string Label, string Mean, string Low, string High, Color Color, double Offset)[]
        {
            ("observed, 95% interval", "observed", "observed_low", "observed_high", Colors.Black, 0.25),
            ("model before calibration (prior predictive, 95% of parameter sets)", "prior_mean", "prior_low", "prior_high", Colors.Gray, 0),
            ("model after calibration (posterior predictive, 95% of accepted sets)", "posterior_mean", "posterior_low", "posterior_high", Palette.At(0), -0.25),
        };
        var rows = csv.Rows;
        var labels = new List<string>();
        var positions = new List<double>();
        var max = 1.0;
        for (var i = 0; i < rows.Count; i++)
        {
            var y = rows.Count - 1 - i;
            var role = csv.Text(rows[i], "role").Replace('_', ' ');
            labels.Add($"{csv.Text(rows[i], "target").Replace('_', ' ')}\n({role})");
            positions.Add(y);
            foreach (var s in series)
            {
                var (low, mean, high) = (100 * csv.Number(rows[i], s.Low), 100 * csv.Number(rows[i], s.Mean), 100 * csv.Number(rows[i], s.High));
                max = Math.Max(max, high);
                var bar = plot.Add.Line(low, y + s.Offset, high, y + s.Offset);
                bar.Color = s.Color;
                bar.LineWidth = 4;
                if (i == 0) bar.LegendText = s.Label;
                var marker = plot.Add.Marker(mean, y + s.Offset);
                marker.Color = s.Color;
                marker.Size = 9;
            }
        }
        plot.Axes.Left.SetTicks([.. positions], [.. labels]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimits(-0.02 * max * 1.1, max * 1.1, -0.7, rows.Count + 0.3);
        plot.Title($"{scenario}: targets before and after calibration");
        plot.XLabel("value, % (a share, or a rate per year)");
        TimeSeriesFigure.Style(plot);
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.ShowLegend(Alignment.UpperRight);
        plot.Legend.FontSize = 12;
        return plot;
    }

    /// <summary>Every parameter's prior and posterior 95% interval, relative to its prior mean, the most informed at the top.</summary>
    public static Plot Parameters(Csv csv, IReadOnlyList<string[]> ranked, string scenario)
    {
        var plot = new Plot();
        var labels = new List<string>();
        var positions = new List<double>();
        for (var i = 0; i < ranked.Count; i++)
        {
            var row = ranked[i];
            var y = ranked.Count - 1 - i;
            var mean = csv.Number(row, "scenario_value");
            var informed = csv.Text(row, "informed") == "true";
            foreach (var (prefix, color, offset) in new[]
            {
                ("prior", Colors.Gray, 0.15),
                ("posterior", informed ? Palette.At(1) : Palette.At(0), -0.15),
            })
            {
                var bar = plot.Add.Line(csv.Number(row, prefix + "_low") / mean, y + offset, csv.Number(row, prefix + "_high") / mean, y + offset);
                bar.Color = color;
                bar.LineWidth = 4;
                var marker = plot.Add.Marker(csv.Number(row, prefix + "_mean") / mean, y + offset);
                marker.Color = color;
                marker.Size = 6;
            }
            labels.Add($"{csv.Text(row, "parameter")}  sd x{csv.Number(row, "sd_ratio").ToString("0.00", CultureInfo.InvariantCulture)}");
            positions.Add(y);
        }
        var one = plot.Add.VerticalLine(1);
        one.Color = Colors.Black;
        one.LineWidth = 1;
        plot.Axes.Left.SetTicks([.. positions], [.. labels]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(-0.7, ranked.Count + 2.8);
        plot.Title($"{scenario}: calibrated parameters, most informed at the top");
        plot.XLabel("value / the scenario's value (dot: mean; bar: 95% interval)");
        TimeSeriesFigure.Style(plot);
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        plot.ShowLegend(
        [
            new LegendItem { LabelText = "prior (the declared uncertainty)", LineColor = Colors.Gray, LineWidth = 4 },
            new LegendItem { LabelText = "posterior, not distinguishable from the prior", LineColor = Palette.At(0), LineWidth = 4 },
            new LegendItem { LabelText = "posterior, informed by the targets", LineColor = Palette.At(1), LineWidth = 4 },
        ], Alignment.UpperRight);
        plot.Legend.FontSize = 12;
        return plot;
    }

    /// <summary>One parameter's prior sample (every set drawn) and posterior sample (the accepted sets), as densities.</summary>
    public static Plot Histogram(Csv samples, Csv parameters, string[] row)
    {
        var path = parameters.Text(row, "parameter");
        var all = samples.Rows.Select(r => samples.Number(r, path)).ToArray();
        var kept = samples.Rows.Where(r => samples.Text(r, "accepted") == "true").Select(r => samples.Number(r, path)).ToArray();
        var (lo, hi) = (all.Min(), all.Max());
        if (hi <= lo) hi = lo + 1;
        const int bins = 20;
        var plot = new Plot();
        foreach (var (values, label, color) in new[]
        {
            (all, $"prior: all {all.Length:N0} parameter sets drawn", Colors.Gray),
            (kept, $"posterior: the {kept.Length:N0} accepted", Palette.At(0)),
        })
        {
            var density = new double[bins + 1];
            foreach (var v in values) density[Math.Clamp((int)((v - lo) / (hi - lo) * bins), 0, bins - 1)] += 1.0 / (values.Length * (hi - lo) / bins);
            density[bins] = density[bins - 1];
            var xs = Enumerable.Range(0, bins + 1).Select(b => lo + b * (hi - lo) / bins).ToArray();
            var line = plot.Add.Scatter(xs, density);
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.MarkerSize = 0;
            line.LineWidth = 2.5f;
            line.Color = color;
            line.LegendText = label;
        }
        var ratio = parameters.Number(row, "sd_ratio").ToString("0.00", CultureInfo.InvariantCulture);
        var informed = parameters.Text(row, "informed") == "true" ? "moved or narrowed by the targets" : "not distinguishable from the prior";
        plot.Title($"{path}: posterior sd / prior sd {ratio} ({informed})");
        plot.XLabel($"{path}");
        plot.YLabel("density");
        TimeSeriesFigure.Style(plot);
        plot.Axes.Title.Label.FontSize = 15;
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
