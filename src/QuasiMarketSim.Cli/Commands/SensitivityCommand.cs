using System.CommandLine;
using QuasiMarketSim.Experiments.SensitivityRuns;
using static QuasiMarketSim.Cli.Commands.RunCommand;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim sensitivity SCENARIO --method morris|sobol`: sensitivity analysis over the scenario's ranges.</summary>
internal static class SensitivityCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario with a \"sensitivity\" block (file or shipped name)." };
        var method = new Option<string>("--method") { Description = "morris (screening: mu*, sigma) or sobol (first and total order, Saltelli sampling).", DefaultValueFactory = _ => "morris" };
        method.AcceptOnlyFromAmong("morris", "sobol");
        var set = new Option<string[]>("--set") { Description = "Overrides of the scenario or the block (sensitivity.samples=128). Repeatable." };
        var seed = CliOptions.Seed();
        var ticks = CliOptions.Ticks("Recorded months (default: the scenario's).");
        var threads = CliOptions.Threads("Runs at once.");
        var output = CliOptions.Out("Results folder (default: runs/sensitivity-<method>-<scenario>-<seed>). An existing folder is replaced only if quasim wrote it.");
        var quiet = new Option<bool>("--quiet") { Description = "Print nothing but errors." };
        var cluster = ClusterOption.Create("Run the analysis's runs on the cluster this file describes (README \"Running on a cluster\").");
        var command = new Command("sensitivity", "Sensitivity analysis: Morris elementary effects or Sobol indices with bootstrap intervals, and the share of variance due to replication noise.")
            { scenario, method, set, seed, ticks, threads, output, quiet, cluster };
        command.SetAction(parse =>
        {
            var request = new SensitivityRequest(parse.GetValue(scenario)!, parse.GetValue(method)!, parse.GetValue(set) ?? [], parse.GetValue(seed),
                parse.GetValue(ticks), parse.GetValue(threads), parse.GetValue(output));
            var progress = new ProgressBar(parse.InvocationConfiguration.Error, parse.GetValue(quiet), "runs");
            var quietly = parse.GetValue(quiet);
            if (parse.GetValue(cluster) is not { } file)
                return CommandGuard.Run(parse.InvocationConfiguration.Error, progress, "nothing was written.",
                    ct => Report(parse, request, Finished(progress, SensitivityExperiment.Execute(request, progress.Report, ct)), quietly));
            return CommandGuard.Run(parse.InvocationConfiguration.Error, progress, "the analysis keeps running on the cluster: reattach with the `quasim status --attach` printed above",
                ct => ClusterOption.With(file, connection =>
                {
                    var onCluster = ClusterSweep.OnCluster(request, connection, progress, id =>
                    {
                        if (!quietly) parse.InvocationConfiguration.Error.WriteLine($"submitted as experiment {id}: Ctrl-C leaves it running (quasim status --cluster {file} --attach {id})");
                    });
                    return Report(parse, onCluster, Finished(progress, SensitivityExperiment.Execute(onCluster, progress.Report, ct)), quietly);
                }, ct));
        });
        return command;
    }

    /// <summary>Ends the progress line before the results are printed.</summary>
    public static SensitivityResult Finished(ProgressBar progress, SensitivityResult r)
    {
        progress.Finish();
        return r;
    }

    /// <summary>What a finished analysis prints (also after `quasim status --attach`).</summary>
    public static int Report(ParseResult parse, SensitivityRequest request, SensitivityResult r, bool quiet)
    {
        if (quiet) return ExitCodes.Ok;
        var o = parse.InvocationConfiguration.Output;
        var lead = request.Method == "morris" ? "mu_star" : "total_order";
        foreach (var group in r.Indices.Where(i => i.Index == lead).GroupBy(i => i.Metric))
        {
            var noise = r.Noise.TryGetValue(group.Key, out var share) ? $" (parameters explain {N(share * 100, "F0")}% of the variance of point means; the rest is replication noise)" : "";
            o.WriteLine($"{group.Key}: {lead}{noise}");
            foreach (var i in group.OrderByDescending(i => i.Value))
                o.WriteLine($"  {i.Factor,-40} {N(i.Value),10}  [{N(i.Low),10}, {N(i.High),10}]");
        }
        o.WriteLine($"{r.Runs} runs; results: {r.OutputDirectory}");
        o.WriteLine("  sensitivity.csv (metric, factor, index, value, 95% bootstrap CI), runs.csv, noise.csv, manifest.json");
        return ExitCodes.Ok;
    }
}
