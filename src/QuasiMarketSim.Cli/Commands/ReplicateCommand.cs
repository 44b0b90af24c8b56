using System.CommandLine;
using QuasiMarketSim.Experiments.Replications;
using static QuasiMarketSim.Cli.Commands.RunCommand;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim run SCENARIO --replications N [--precision P]`: replications with 95% confidence intervals.</summary>
internal static class ReplicateCommand
{
    /// <summary>Runs the replications here, or with <paramref name="cluster"/> (a cluster file) on that cluster.</summary>
    public static int Execute(ParseResult parse, ReplicationRequest request, bool quiet, bool plot, string? cluster = null)
    {
        var progress = new ProgressBar(parse.InvocationConfiguration.Error, quiet, "runs");
        if (cluster is null)
            return CommandGuard.Run(parse.InvocationConfiguration.Error, progress, "only complete replications were kept (two or more), or nothing was written.",
                ct => Report(parse, request, Finished(progress, ReplicationExperiment.Execute(request, progress.Report, ct)), quiet, plot));
        return CommandGuard.Run(parse.InvocationConfiguration.Error, progress, "the replications keep running on the cluster: reattach with the `quasim status --attach` printed above",
            ct => ClusterOption.With(cluster, connection =>
            {
                var onCluster = ClusterSweep.OnCluster(request, connection, progress, id =>
                {
                    if (!quiet) parse.InvocationConfiguration.Error.WriteLine($"submitted as experiment {id}: Ctrl-C leaves it running (quasim status --cluster {cluster} --attach {id})");
                });
                return Report(parse, onCluster, Finished(progress, ReplicationExperiment.Execute(onCluster, progress.Report, ct)), quiet, plot);
            }, ct));
    }

    /// <summary>Ends the progress line before the results are printed.</summary>
    public static ReplicationResult Finished(ProgressBar progress, ReplicationResult r)
    {
        progress.Finish();
        return r;
    }

    /// <summary>What finished replications print (also after `quasim status --attach`).</summary>
    public static int Report(ParseResult parse, ReplicationRequest request, ReplicationResult r, bool quiet, bool plot)
    {
        var o = parse.InvocationConfiguration.Output;
        {
            if (quiet)
            {
                RunCommand.DrawFigures(parse, plot, quiet, r.OutputDirectory);
                return r.Interrupted ? ExitCodes.RuntimeFailure : ExitCodes.Ok;
            }
            var input = r.Scenario.Input;
            o.WriteLine($"{input.Name}: {r.Set.Count} replications x {input.Ticks} months, master seed {input.Seed}{(r.Interrupted ? " (interrupted)" : "")}");
            o.WriteLine($"  {"metric (whole run)",-32} {"mean",11} {"95% interval",26}");
            foreach (var headline in Model.Metrics.MetricCatalog.Headlines)
            {
                var (name, words) = (headline.Name, headline.Label);
                var m = r.Set.IndexOf(name);
                if (m < 0) continue;
                var ci = r.Intervals[m];
                var unit = r.Set.Metrics[m].Unit;
                string V(double v) => Core.Text.ValueFormat.Of(v, unit);
                o.WriteLine($"  {words,-32} {V(ci.Mean),11} [{V(ci.Low),11}, {V(ci.High),11}]");
            }
            if (r.WidestHeadline is { } widest)
            {
                o.WriteLine(r.PrecisionReached == true
                    ? $"precision {N(request.Precision ?? 0)} reached with {r.Set.Count} replications; widest: {widest.Metric} ({N(widest.Relative)})"
                    : $"precision {N(request.Precision ?? 0)} NOT reached at the cap of {r.Set.Count} replications; widest: {widest.Metric} ({N(widest.Relative)})");
            }
            o.WriteLine($"results: {r.OutputDirectory}");
            o.WriteLine("  replications.csv (replication, seed, tick, metrics), aggregate.csv (tick, metric, mean, sd, 95% CI), summary.json, manifest.json");
            // The figures come after the numbers they draw.
            RunCommand.DrawFigures(parse, plot, quiet, r.OutputDirectory);
            return r.Interrupted ? ExitCodes.RuntimeFailure : ExitCodes.Ok;
        }
    }
}
