using System.CommandLine;
using QuasiMarketSim.Experiments.Comparison;
using QuasiMarketSim.Experiments.Replications;
using QuasiMarketSim.Experiments.Uncertainty;
using static QuasiMarketSim.Cli.Commands.RunCommand;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim compare A [B]`: paired comparison with common random numbers.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "Scenario A (file or shipped name)." };
        var b = new Argument<string?>("b") { Description = "Scenario B; when omitted, B is A with the --set overrides.", DefaultValueFactory = _ => null };
        var set = new Option<string[]>("--set") { Description = "Overrides: applied to B only when B is omitted, else to both. Repeatable." };
        var replications = CliOptions.Whole("--replications", "Replications per arm.", 2, ReplicationRequest.MaxAllowed, 20, "-r");
        var seed = CliOptions.Seed();
        var ticks = CliOptions.Ticks("Recorded months for both.");
        var threads = CliOptions.Threads("Runs at once.");
        var output = CliOptions.Out("Results folder (default: runs/compare-<A>-vs-<B>-<seed>). An existing folder is replaced only if quasim wrote it.");
        var quiet = new Option<bool>("--quiet") { Description = "Print nothing but errors." };
        var explain = new Option<bool>("--explain")
        {
            Description = "Attribute each headline difference to mechanisms: switch each off in both arms (same seeds) and report how much of the difference it carries.",
        };
        var mechanisms = new Option<string[]>("--mechanisms")
        {
            Description = "With --explain: only these mechanisms, comma-separated or repeated (default: all; the list is in docs/ODD.md, section 7.12).",
        };
        var psa = PsaCommand.Sets();
        var posterior = PsaCommand.PosteriorFile();
        var cluster = ClusterOption.Create("Run the comparison's runs on the cluster this file describes (README \"Running on a cluster\"); not with --psa or --explain.");
        var command = new Command("compare", "Compare two scenarios (B - A) with common random numbers: differences with 95% intervals and effect sizes.")
            { a, b, set, replications, seed, ticks, threads, output, quiet, explain, mechanisms, psa, posterior, cluster };
        command.Validators.Add(r =>
        {
            // Attribution and PSA run many comparisons of their own design: only the plain comparison is a cluster experiment.
            if (r.GetValue(cluster) is not null && (r.GetValue(psa) is not null || r.GetValue(explain)))
                r.AddError("--cluster: runs the plain comparison on a cluster; --psa and --explain run on this machine");
        });
        command.SetAction(parse =>
        {
            var overrides = parse.GetValue(set) ?? [];
            var nameB = parse.GetValue(b);
            if (nameB is null && overrides.Length == 0)
            {
                parse.InvocationConfiguration.Error.WriteLine(
                    "error: compare needs a second scenario B, or --set overrides that make B differ from A (e.g. quasim compare baseline transactional, "
                    + "or quasim compare baseline --set commissioning.relational_mix=0.2); comparing a scenario with itself shows nothing.");
                return ExitCodes.InvalidInput;
            }
            var request = new CompareRequest(parse.GetValue(a)!, nameB is null ? [] : overrides, nameB ?? parse.GetValue(a)!, overrides,
                parse.GetValue(replications), parse.GetValue(seed), parse.GetValue(ticks), parse.GetValue(threads), parse.GetValue(output));
            var o = parse.InvocationConfiguration.Output;
            var progress = new ProgressBar(parse.InvocationConfiguration.Error, parse.GetValue(quiet), "runs");
            if (parse.GetValue(psa) is { } sets)
            {
                return PsaCommand.Execute(parse, new PsaRequest(request.ScenarioA, request.OverridesA, request.ScenarioB, request.OverridesB, sets,
                    PsaCommand.Replications(parse, replications), request.Seed, request.Ticks, request.Threads, request.OutputDirectory, parse.GetValue(posterior)),
                    parse.GetValue(quiet), plot: true);
            }
            if (parse.GetValue(explain))
            {
                return CommandGuard.Run(parse.InvocationConfiguration.Error, progress, "nothing was written.", ct =>
                {
                    var r = MechanismAttribution.Execute(request, parse.GetValue(mechanisms) ?? [], progress.Report, ct);
                    if (!parse.GetValue(quiet)) ExplainReport.Write(o, r);
                    return ExitCodes.Ok;
                });
            }
            var quietly = parse.GetValue(quiet);
            if (parse.GetValue(cluster) is not { } file)
                return CommandGuard.Run(parse.InvocationConfiguration.Error, progress, "nothing was written.",
                    ct => Report(parse, Finished(progress, PairedComparison.Execute(request, progress.Report, ct)), quietly));
            return CommandGuard.Run(parse.InvocationConfiguration.Error, progress, "the comparison keeps running on the cluster: reattach with the `quasim status --attach` printed above",
                ct => ClusterOption.With(file, connection =>
                {
                    var onCluster = ClusterSweep.OnCluster(request, connection, progress, id =>
                    {
                        if (!quietly) parse.InvocationConfiguration.Error.WriteLine($"submitted as experiment {id}: Ctrl-C leaves it running (quasim status --cluster {file} --attach {id})");
                    });
                    return Report(parse, Finished(progress, PairedComparison.Execute(onCluster, progress.Report, ct)), quietly);
                }, ct));
        });
        return command;
    }

    /// <summary>Ends the progress line before the results are printed.</summary>
    public static CompareResult Finished(ProgressBar progress, CompareResult r)
    {
        progress.Finish();
        return r;
    }

    /// <summary>What a finished comparison prints (also after `quasim status --attach`).</summary>
    public static int Report(ParseResult parse, CompareResult r, bool quiet)
    {
        if (quiet) return ExitCodes.Ok;
        var o = parse.InvocationConfiguration.Output;
        o.WriteLine(r.Sentence);
        o.WriteLine($"  {"metric (whole run)",-32} {"B - A",11} {"95% interval",26} {"d_z",7} {"CRN gain",9}");
        foreach (var (name, words) in Model.Metrics.MetricCatalog.Headlines.Select(h => (h.Name, h.Label)))
        {
            var d = r.Differences.FirstOrDefault(x => x.Metric.Name == name);
            if (d is null) continue;
            string V(double v) => Core.Text.ValueFormat.Of(v, d.Metric.Unit);
            o.WriteLine($"  {words,-32} {V(d.Paired.Mean),11} [{V(d.Paired.Low),11}, {V(d.Paired.High),11}] {N(d.EffectSize, "F2"),7} {N(d.WidthRatio, "F1") + "x",9}");
        }
        o.WriteLine("  CRN gain: how many times wider the interval is with independent seeds instead of common random numbers");
        o.WriteLine($"results: {r.OutputDirectory}");
        return ExitCodes.Ok;
    }
}
