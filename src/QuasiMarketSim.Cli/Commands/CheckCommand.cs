using System.CommandLine;
using QuasiMarketSim.Experiments.Check;
using QuasiMarketSim.Experiments.Replications;
using static QuasiMarketSim.Cli.Commands.RunCommand;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim check [SCENARIO]`: the scenario's outputs beside reference figures from the literature.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario (default baseline, the world the figures describe).", DefaultValueFactory = _ => "baseline" };
        var replications = CliOptions.Whole("--replications", "Replications.", 2, ReplicationRequest.MaxAllowed, 20, "-r");
        var threads = CliOptions.Threads("Runs at once.");
        var output = CliOptions.Out("Results folder for the replications (default: none kept).");
        var levers = new Option<bool>("--levers")
        {
            Description = "Instead, run every behavioural parameter at two values (same seed) and list any that moves no metric at all; exit 1 if one does.",
        };
        var command = new Command("check", "Compare the scenario with the calibration targets from the literature: the model's value with its interval against the observation's; "
            + "a target an input sets directly is marked as a check of that input.")
            { scenario, replications, threads, output, levers };
        command.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            var progress = new ProgressBar(parse.InvocationConfiguration.Error, quiet: false, "runs");
            if (parse.GetValue(levers))
            {
                return CommandGuard.Run(parse.InvocationConfiguration.Error, progress, "nothing was written.", ct =>
                {
                    var results = LeverCheck.Execute(parse.GetValue(scenario)!, 1, parse.GetValue(threads), progress.Report, ct);
                    var inert = results.Where(r => r.Inert).ToList();
                    o.WriteLine($"{results.Count} behavioural parameters, each run at two values with the same seed; {inert.Count} moved no metric.");
                    foreach (var r in results)
                    {
                        o.WriteLine($"  {r.Path,-52} {r.From,10} -> {r.To,-10} {(r.Inert ? "INERT" : $"{r.MetricsMoved} metrics, most: {r.Largest}")} ({r.World})");
                    }
                    return inert.Count == 0 ? ExitCodes.Ok : ExitCodes.CheckFailed;
                });
            }
            return CommandGuard.Run(parse.InvocationConfiguration.Error, progress, "nothing was written.", ct =>
            {
                var request = new ReplicationRequest(parse.GetValue(scenario)!, [], parse.GetValue(replications), Threads: parse.GetValue(threads),
                    OutputDirectory: parse.GetValue(output) ?? Path.Combine(Path.GetTempPath(), "quasim-check-" + Guid.NewGuid().ToString("N")));
                var (run, targets) = SanityCheck.Execute(request, progress.Report, ct);
                if (parse.GetValue(output) is null) Directory.Delete(run.OutputDirectory, recursive: true);
                progress.Finish();
                o.WriteLine($"{run.Scenario.Input.Name}: {run.Set.Count} replications beside the calibration targets (values in %)");
                o.WriteLine($"  {"target",-44} {"model [95% CI]",-20} {"observed [95%]",-20} {"verdict",-12} source");
                foreach (var t in targets)
                {
                    var verdict = t.Within ? "within" : "OUTSIDE";
                    o.WriteLine($"  {t.Target.Label,-44} {Interval(t.Model.Mean, t.Model.Low, t.Model.High),-20} "
                        + $"{Interval(t.Target.Observed, t.Target.Low, t.Target.High),-20} {verdict,-12} {t.Target.Source}");
                }
                foreach (var t in targets.Where(t => t.Target.IsInputCheck))
                    o.WriteLine($"  {t.Target.Name}: a check of its input, not of the model: {t.Target.Echoes}");
                o.WriteLine("  within: the model's mean lies in the observation's 95% interval (observed +/- 1.96 sd; docs/ODD.md 7.14 says how each sd was set)");
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static string Interval(double mean, double low, double high) => $"{N(100 * mean, "F1")} [{N(100 * low, "F1")}, {N(100 * high, "F1")}]";
}
