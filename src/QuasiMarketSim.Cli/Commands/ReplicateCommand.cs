using System.CommandLine;
using QuasiMarketSim.Experiments.Replications;
using static QuasiMarketSim.Cli.Commands.RunCommand;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim run SCENARIO --replications N [--precision P]`: replications with 95% confidence intervals.</summary>
internal static class ReplicateCommand
{
    public static int Execute(ParseResult parse, ReplicationRequest request, bool quiet, bool plot)
    {
        var o = parse.InvocationConfiguration.Output;
        var progress = new ProgressBar(parse.InvocationConfiguration.Error, quiet, "runs");
        return CommandGuard.Run(parse.InvocationConfiguration.Error, progress, "only complete replications were kept (two or more), or nothing was written.", ct =>
        {
            var r = ReplicationExperiment.Execute(request, progress.Report, ct);
            progress.Finish();
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
        });
    }
}
