using ScottPlot;

namespace QuasiMarketSim.Plots.Report;

/// <summary>One figure of a report: the plot, and a caption that says in a sentence what it shows.</summary>
/// <param name="Plot">The figure.</param>
/// <param name="Caption">A sentence.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record ReportFigure(Plot Plot, string Caption, int Width = FigureWriter.Width, int Height = FigureWriter.Height);

/// <summary>
/// The figures a report needs for one results folder, drawn afresh (never whatever happens to sit in figures/), in the
/// order the findings are stated.
/// </summary>
public static class ReportFigures
{
    /// <summary>The figures of <paramref name="r"/>, in order.</summary>
    public static IEnumerable<ReportFigure> For(ResultsFolder r)
    {
        switch (r.Kind)
        {
            case "compare":
                yield return new(ForestFigure.Create(r), $"Each headline difference {r.Scenario} over the whole run, with its 95% interval from paired "
                    + "replications; rows are on their own scales and the values are printed beside them.");
                if (File.Exists(r.Combine("paths.csv")))
                {
                    foreach (var metric in r.Headlines)
                        yield return new(ComparisonPaths.Create(r, metric), $"{Cap(r.Label(metric))} month by month in both scenarios: the mean across "
                            + "replications with its 95% interval.");
                }
                break;
            case "sweep":
                foreach (var metric in r.Headlines)
                    yield return new(SweepFigure.Create(r, metric), $"{Cap(r.Label(metric))} over the swept parameters (whole run; mean and 95% interval "
                        + "across each point's replications).");
                break;
            case "calibrate":
                foreach (var (name, plot, width, height) in CalibrationFigures.Create(r))
                {
                    yield return new(plot, name switch
                    {
                        "calibration-targets" => "Each target's observed value and interval beside the model's before (prior) and after (posterior) calibration.",
                        "calibration-parameters" => "Each calibrated parameter's prior and posterior interval: how much the targets narrowed it.",
                        _ => $"Prior and posterior samples of {name.Replace("calibration-", "", StringComparison.Ordinal)}, one of the parameters the targets inform most.",
                    }, width, height);
                }
                break;
            case "sensitivity":
                foreach (var metric in SensitivityFigure.Metrics(r))
                    yield return new(SensitivityFigure.Create(r, metric), $"How much each parameter moves {r.Label(metric)}, largest first, with bootstrap "
                        + "95% intervals.");
                break;
            case "psa":
                if (File.Exists(r.Combine("cost_effectiveness.csv")))
                {
                    yield return new(UncertaintyFigures.Plane(Csv.Read(r.Combine("cost_effectiveness.csv"))), "Incremental cost and QALYs of B against A, "
                        + "one point per parameter set: below a threshold line B is cost-effective at that price per QALY.");
                    yield return new(UncertaintyFigures.Acceptability(Csv.Read(r.Combine("acceptability.csv"))), "The probability that B is cost-effective, "
                        + "across parameter sets, at each willingness to pay per QALY.");
                }
                break;
            default:
                foreach (var metric in r.Headlines)
                {
                    yield return new(TimeSeriesFigure.Create(r, metric), r.Kind == "replications"
                        ? $"{Cap(r.Label(metric))} month by month in {r.Scenario}: the mean across replications with its 95% interval."
                        : $"{Cap(r.Label(metric))} month by month in one run of {r.Scenario} (one draw: replicate before drawing conclusions).");
                }
                if (File.Exists(r.Combine("anatomy.json")))
                {
                    foreach (var (name, plot) in AnatomyFigures.Create(r))
                        yield return new(plot, $"The market at the end of the run: {name.Replace("anatomy-", "", StringComparison.Ordinal).Replace('-', ' ')}.");
                }
                break;
        }
    }

    private static string Cap(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
