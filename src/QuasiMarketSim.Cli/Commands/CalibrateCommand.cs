using System.CommandLine;
using System.Globalization;
using QuasiMarketSim.Experiments.Calibration;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim calibrate [SCENARIO]`: fit the uncertain parameters to the calibration targets (ABC rejection).</summary>
internal static class CalibrateCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario")
        {
            Description = "Scenario to calibrate (default baseline, the world the targets describe).",
            DefaultValueFactory = _ => ScenarioLocator.DefaultScenario,
        };
        var samples = CliOptions.Whole("--samples", "Parameter sets drawn from the prior (Latin hypercube over the declared uncertainty).", 1,
            CalibrationRequest.MaxSamples, CalibrationRequest.DefaultSamples, "-n");
        var replications = CliOptions.Whole("--replications", "Runs per parameter set (2 or more: the Monte Carlo noise is estimated from them).", 2, 1000, 2, "-r");
        var holdout = new Option<string?>("--holdout")
        {
            Description = $"Targets kept out of fitting, to see whether the calibrated model predicts them (comma-separated; default {CalibrationTargets.DefaultHoldOut}). "
                + $"Targets: {string.Join(", ", CalibrationTargets.All.Where(t => !t.IsInputCheck).Select(t => t.Name))}.",
            HelpName = "NAME[,NAME]",
        };
        var parameters = new Option<string?>("--parameters")
        {
            Description = "Calibrate only these uncertain parameters (comma-separated paths); the others stay at their values. Default: all (quasim describe lists them).",
            HelpName = "PATH[,PATH]",
        };
        var set = new Option<string[]>("--set") { Description = "Override a parameter: path=value. Repeatable." };
        var seed = CliOptions.Seed();
        var ticks = CliOptions.Ticks();
        var threads = CliOptions.Threads("Runs at once; results are identical for any value.");
        var output = CliOptions.Out("Results folder (default: runs/calibrate-<scenario>-<seed>). An existing folder is replaced only if quasim wrote it.");
        var quiet = new Option<bool>("--quiet") { Description = "Print nothing but errors." };
        var command = new Command("calibrate", "Fit the scenario's uncertain parameters to the figures from the literature (ABC rejection) and write a posterior sample "
            + "(posterior.csv) for run/compare --psa --posterior, with diagnostics and figures.")
            { scenario, samples, replications, holdout, parameters, set, seed, ticks, threads, output, quiet };
        command.SetAction(parse =>
        {
            var request = new CalibrationRequest(parse.GetValue(scenario)!, parse.GetValue(set) ?? [], parse.GetValue(samples), parse.GetValue(replications),
                List(parse.GetValue(holdout)), List(parse.GetValue(parameters)),
                parse.GetValue(seed), parse.GetValue(ticks), parse.GetValue(threads), parse.GetValue(output));
            var isQuiet = parse.GetValue(quiet);
            var progress = new ProgressBar(parse.InvocationConfiguration.Error, isQuiet, "runs");
            return CommandGuard.Run(parse.InvocationConfiguration.Error, progress, "nothing was written.", ct =>
            {
                var result = CalibrationExperiment.Execute(request, progress.Report, ct);
                progress.Finish();
                var figures = Plots.FigureWriter.Write(result.OutputDirectory, [], "png");
                if (isQuiet) return ExitCodes.Ok;
                var o = parse.InvocationConfiguration.Output;
                Print(o, result, request);
                foreach (var f in figures) o.WriteLine($"  figure: {f}");
                o.WriteLine($"results: {result.OutputDirectory}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static IReadOnlyList<string>? List(string? text) =>
        text is null ? null : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static void Print(TextWriter o, CalibrationResult r, CalibrationRequest request)
    {
        var a = r.Analysis;
        o.WriteLine($"{r.Scenario.Input.Name}: {request.Samples:N0} parameter sets from the prior x {request.Replications} runs ({r.Runs:N0} runs), "
            + $"{a.Parameters.Count} uncertain parameters; accepted {a.Accepted.Count:N0} (each with probability exp(-d^2/2), d its distance from the "
            + "fitted targets in observation sds)");
        o.WriteLine($"  {"target (values in %)",-44} {"role",-12} {"observed [95%]",-18} {"model, prior",-18} {"model, posterior",-18} {"p",5} {"I",4}");
        foreach (var t in a.Targets)
        {
            var role = t.Role switch { TargetRole.Fitted => "fitted", TargetRole.HeldOut => "held out", _ => "input check" };
            o.WriteLine($"  {t.Target.Label,-44} {role,-12} {Interval(t.Target.Observed, t.Target.Low, t.Target.High),-18} "
                + $"{Interval(t.Prior.Mean, t.Prior.Low, t.Prior.High),-18} {Interval(t.Posterior.Mean, t.Posterior.Low, t.Posterior.High),-18} "
                + $"{t.PredictiveP,5:F2} {t.Implausibility,4:F1}  {(t.Covered ? "covered" : "NOT COVERED")}");
        }
        o.WriteLine("  model: the mean of a parameter set's runs, 95% of the sets drawn (prior) or accepted (posterior). p: posterior predictive p-value, the "
            + "chance the calibrated model plus observation error falls below the observed value (covered: 0.025 to 0.975). I: implausibility, "
            + "|observed - model| / sqrt(observation variance + the model's variance); above 3 the model and the figure disagree.");
        foreach (var t in a.Targets.Where(t => t.Role == TargetRole.InputCheck))
            o.WriteLine($"  {t.Target.Name} is a check of its input, not fitted: {t.Target.Echoes}");
        var within = a.AcceptedWithinCutoff;
        o.WriteLine(within == 0
            ? $"No parameter set drawn meets every fitted target within implausibility 3: the model cannot meet the targets together; the posterior "
                + "leans toward them but is not a fit."
            : $"Parameter sets with every fitted target within implausibility 3 (not ruled out): {a.WithinCutoff:N0} of {request.Samples:N0} drawn, "
                + $"{within:N0} of the {a.Accepted.Count:N0} accepted.");
        var informed = a.Parameters.Where(p => p.Informed(a.InformedThreshold)).OrderBy(p => p.SdRatio).ToList();
        o.WriteLine($"Parameters the targets inform (posterior narrower or moved beyond what a random {a.Accepted.Count:N0} of the prior sample shows, "
            + $"Bonferroni p < {a.InformedThreshold:0.####}): {(informed.Count == 0 ? "none" : informed.Count.ToString(CultureInfo.InvariantCulture))}");
        foreach (var p in informed)
        {
            o.WriteLine($"  {p.Path,-46} posterior sd / prior sd {p.SdRatio,5:F2}   mean {N(p.Prior.Mean)} -> {N(p.Posterior.Mean)} "
                + $"[{N(p.Posterior.Low)}, {N(p.Posterior.High)}]");
        }
        if (a.Parameters.Count > informed.Count)
            o.WriteLine($"  the other {a.Parameters.Count - informed.Count} parameters: posterior not distinguishable from the prior with these targets");
        foreach (var t in a.Targets.Where(t => t.Role == TargetRole.HeldOut))
        {
            o.WriteLine($"Held out: {t.Target.Label}: observed {Interval(t.Target.Observed, t.Target.Low, t.Target.High)}; the calibrated model predicts "
                + $"{Interval(t.Posterior.Mean, t.Posterior.Low, t.Posterior.High)}; posterior predictive p {t.PredictiveP:F2}, implausibility "
                + $"{t.Implausibility:F1}: " + (t.Covered ? "predicted" : "NOT predicted"));
        }
        o.WriteLine("posterior.csv: use it with quasim run|compare ... --psa N --posterior " + Path.Combine(r.OutputDirectory, "posterior.csv"));
    }

    private static string Interval(double mean, double low, double high) =>
        $"{100 * mean:0.0} [{100 * low:0.0}, {100 * high:0.0}]";

    private static string N(double v) => Core.Text.ValueFormat.Number(v);
}
