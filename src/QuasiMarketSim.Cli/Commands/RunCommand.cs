using System.CommandLine;
using System.Globalization;
using QuasiMarketSim.Experiments.Replications;
using QuasiMarketSim.Experiments.Uncertainty;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim run [SCENARIO]`: run a scenario and write its results folder.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario")
        {
            Description = "Scenario file, or the name of a shipped scenario (see scenarios/README.md).",
            DefaultValueFactory = _ => ScenarioLocator.DefaultScenario,
        };
        var seed = CliOptions.Seed();
        var ticks = CliOptions.Ticks();
        var threads = CliOptions.Threads("Threads for the patient update (with --replications: runs at once); results are identical for any value.");
        var set = new Option<string[]>("--set") { Description = "Override a parameter: path=value (e.g. commissioning.relational_mix=0.2). Repeatable.", AllowMultipleArgumentsPerToken = false };
        var output = CliOptions.Out("Results folder (default: runs/<scenario>-<seed>). An existing folder is replaced only if quasim wrote it.");
        var quiet = new Option<bool>("--quiet") { Description = "Print nothing but errors." };
        var replications = CliOptions.Optional<int>("--replications",
            "Run N replications (seeds derived from the master seed) and report 95% confidence intervals.", 2, ReplicationRequest.MaxAllowed, "-r");
        var precision = CliOptions.Fraction("--precision", "Add replications until every headline metric's 95% interval half-width is within this fraction of its mean (e.g. 0.02).", 1);
        var maxReplications = CliOptions.Whole("--max-replications", "Cap on replications with --precision.", 2, ReplicationRequest.MaxAllowed, 200);
        var plot = new Option<bool>("--plot") { Description = "Draw the standard figures into the results folder's figures/ when the run finishes." };
        var psa = PsaCommand.Sets();
        var posterior = PsaCommand.PosteriorFile();
        var perArea = new Option<bool>("--per-area")
        {
            Description = "Also write each area's metrics (areas.csv, and an \"areas\" block in summary.json); always on for a scenario with an \"areas\" list. Single runs only.",
        };
        var cluster = ClusterOption.Create("With --replications: run them on the cluster this file describes (README \"Running on a cluster\"); not with --precision.");
        var command = new Command("run", "Run a scenario and write ticks.csv, summary.json and manifest.json (with --replications: replications.csv, aggregate.csv with intervals).")
            { scenario, seed, ticks, threads, set, output, quiet, replications, precision, maxReplications, plot, perArea, psa, posterior, cluster };
        command.Validators.Add(r =>
        {
            if (r.GetValue(perArea) && (r.GetValue(replications) is not null || r.GetValue(precision) is not null || r.GetValue(psa) is not null))
                r.AddError("--per-area: per-area outputs are written by single runs; drop --replications/--precision/--psa, or --per-area");
            if (r.GetValue(cluster) is not null && (r.GetValue(replications) is null || r.GetValue(precision) is not null || r.GetValue(psa) is not null))
                r.AddError("--cluster: runs replications (--replications N) on a cluster; single runs, --precision and --psa run on this machine");
        });
        command.SetAction(parse => parse.GetValue(psa) is { } sets
            ? PsaCommand.Execute(parse, new PsaRequest(parse.GetValue(scenario)!, parse.GetValue(set) ?? [], null, [], sets, parse.GetValue(replications) ?? 2,
                parse.GetValue(seed), parse.GetValue(ticks), parse.GetValue(threads), parse.GetValue(output), parse.GetValue(posterior)), parse.GetValue(quiet), parse.GetValue(plot))
            : parse.GetValue(replications) is not null || parse.GetValue(precision) is not null
            ? ReplicateCommand.Execute(parse, new ReplicationRequest(
                parse.GetValue(scenario)!, parse.GetValue(set) ?? [], parse.GetValue(replications) ?? 10, parse.GetValue(seed), parse.GetValue(ticks),
                parse.GetValue(precision), parse.GetValue(maxReplications), parse.GetValue(threads), parse.GetValue(output)), parse.GetValue(quiet), parse.GetValue(plot),
                parse.GetValue(cluster))
            : Execute(parse, new RunRequest(
            parse.GetValue(scenario)!,
            parse.GetValue(set) ?? [],
            parse.GetValue(seed),
            parse.GetValue(ticks),
            parse.GetValue(threads),
            parse.GetValue(output),
            parse.GetValue(perArea)), parse.GetValue(quiet), parse.GetValue(plot)));
        return command;
    }

    /// <summary>With --plot: draws the standard figures of a finished run's folder and lists them.</summary>
    internal static void DrawFigures(ParseResult parse, bool plot, bool quiet, string folder)
    {
        if (!plot) return;
        foreach (var path in QuasiMarketSim.Plots.FigureWriter.Write(folder, [], "png"))
        {
            if (!quiet) parse.InvocationConfiguration.Output.WriteLine($"  figure: {path}");
        }
    }

    private static int Execute(ParseResult parse, RunRequest request, bool quiet, bool plot)
    {
        var progress = new ProgressBar(parse.InvocationConfiguration.Error, quiet);
        return CommandGuard.Run(parse.InvocationConfiguration.Error, progress, "no results were written.", ct =>
        {
            var result = RunExecutor.Execute(request, progress.Report, ct);
            progress.Finish();
            if (!quiet) ConsoleSummary.Print(parse.InvocationConfiguration.Output, result);
            DrawFigures(parse, plot, quiet, result.OutputDirectory);
            return ExitCodes.Ok;
        });
    }

    /// <summary>Formats a number for the console: <see cref="Core.Text.ValueFormat.Number"/>, or <paramref name="format"/> when given.</summary>
    public static string N(double v, string? format = null) =>
        format is null ? Core.Text.ValueFormat.Number(v) : v.ToString(format, CultureInfo.InvariantCulture);
}
