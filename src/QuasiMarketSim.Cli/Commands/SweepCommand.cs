using System.CommandLine;
using QuasiMarketSim.Experiments.Sweeps;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim sweep SCENARIO [--resume]`: run the scenario's sweep block.</summary>
internal static class SweepCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario with a \"sweep\" block (file or shipped name)." };
        var set = new Option<string[]>("--set") { Description = "Overrides of the base scenario or the sweep block (sweep.replications=10). Repeatable." };
        var seed = CliOptions.Seed();
        var ticks = CliOptions.Ticks("Recorded months (default: the scenario's).");
        var threads = CliOptions.Threads("Runs at once.");
        var output = CliOptions.Out("Results folder (default: runs/sweep-<scenario>-<seed>). Only a new or empty folder, or this sweep's own with --resume.");
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted sweep in its folder: completed runs are kept, none is run twice." };
        var paths = new Option<bool>("--paths")
            { Description = "Also keep every month: paths.csv, each point's monthly mean and 95% interval per metric (docs/outputs.md)." };
        var parquet = new Option<bool>("--parquet") { Description = "Also write the tables as Apache Parquet (sweep.parquet, points.parquet, paths.parquet)." };
        var quiet = new Option<bool>("--quiet") { Description = "Print nothing but errors." };
        var unit = CliOptions.Optional("--unit", "Run only unit K (0-based: point K / replications, replication K % replications) into the shared --out folder, "
            + "for a Slurm array or Kubernetes indexed job; then --collect.", 0, int.MaxValue);
        var collect = new Option<string?>("--collect")
            { Description = "Assemble the sweep's outputs in DIR from the units that --unit tasks stored there (every unit must be there).", HelpName = "DIR" };
        var cluster = ClusterOption.Create("Run the sweep on the cluster this file describes (README \"Running on a cluster\"); --out must be on the file system every node shares.");
        var command = new Command("sweep", "Run a scenario's sweep (grid or Latin hypercube, replications per point), streaming results to disk; resumable.")
            { scenario, set, seed, ticks, threads, output, resume, paths, parquet, quiet, unit, collect, cluster };
        command.SetAction(parse =>
        {
            var request = new SweepRequest(parse.GetValue(scenario)!, parse.GetValue(set) ?? [], parse.GetValue(seed), parse.GetValue(ticks),
                parse.GetValue(threads), parse.GetValue(output), parse.GetValue(resume), parse.GetValue(paths), parse.GetValue(parquet));
            if (parse.GetValue(unit) is not null || parse.GetValue(collect) is not null)
                return BatchArray.Run(parse, request, parse.GetValue(unit), parse.GetValue(collect));
            var progress = new ProgressBar(parse.InvocationConfiguration.Error, parse.GetValue(quiet), "runs");
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(cluster) is { } file)
            {
                return CommandGuard.Run(error, progress, "the sweep keeps running on the cluster: reattach with the `quasim status --attach` printed above",
                    ct => ClusterOption.With(file, connection =>
                    {
                        var onCluster = ClusterSweep.OnCluster(request, connection, progress, id =>
                        {
                            if (!parse.GetValue(quiet)) error.WriteLine($"submitted as experiment {id}: Ctrl-C leaves it running (quasim status --cluster {file} --attach {id})");
                        });
                        return Finish(parse, onCluster, SweepExperiment.Execute(onCluster, progress.Report, ct), parse.GetValue(quiet));
                    }, ct));
            }
            return CommandGuard.Run(error, progress, "the completed runs are kept: continue with the same command and --resume",
                ct => Finish(parse, request, SweepExperiment.Execute(request, progress.Report, ct), parse.GetValue(quiet)));
        });
        return command;
    }

    /// <summary>What a finished sweep prints (also after `quasim status --attach`).</summary>
    public static int Finish(ParseResult parse, SweepRequest request, SweepResult r, bool quiet)
    {
        if (quiet) return ExitCodes.Ok;
        var o = parse.InvocationConfiguration.Output;
        if (r.Dropped > 0) o.WriteLine($"{r.Dropped} damaged line(s) in the sweep's journal were dropped; their runs were made again");
        o.WriteLine($"sweep complete: {r.Units} runs ({r.RanNow} run now, {r.Units - r.RanNow} already done)");
        o.WriteLine("where each headline metric (whole run, mean [95% interval]) is lowest and highest:");
        foreach (var h in Plots.Report.SweepHighlight.Of(new Plots.ResultsFolder(r.OutputDirectory)))
            o.WriteLine($"  {h.Label}: lowest {h.Low} at {h.LowAt}; highest {h.High} at {h.HighAt}");
        o.WriteLine($"results: {r.OutputDirectory}");
        o.WriteLine("  sweep.csv (one row per point and replication), points.csv (mean and 95% CI per point and metric)"
            + (request.Paths ? ", paths.csv (the same per month)" : "") + (request.Parquet ? ", the same as .parquet" : "") + ", design.json, manifest.json");
        return ExitCodes.Ok;
    }
}
