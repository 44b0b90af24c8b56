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
        var command = new Command("check", "Print the scenario's outputs next to reference ranges from the literature (empirical sanity check).")
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
                var (run, figures) = SanityCheck.Execute(request, progress.Report, ct);
                if (parse.GetValue(output) is null) Directory.Delete(run.OutputDirectory, recursive: true);
                o.WriteLine($"{run.Scenario.Input.Name}: {run.Set.Count} replications");
                o.WriteLine($"  {"figure",-54} {"model (95% interval)",-30} {"plausible",-14} reference");
                foreach (var f in figures)
                {
                    var model = $"{N(f.Model.Mean * 100, "F1")}% [{N(f.Model.Low * 100, "F1")}, {N(f.Model.High * 100, "F1")}]";
                    var range = $"{N(f.Low * 100, "F1")}-{N(f.High * 100, "F1")}%";
                    o.WriteLine($"  {f.Figure,-54} {model,-30} {range,-14} {(f.Within ? "ok" : "OUTSIDE")}  {f.Reference}");
                }
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
