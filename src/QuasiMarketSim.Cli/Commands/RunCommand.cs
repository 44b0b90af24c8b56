using System.CommandLine;
using System.Globalization;
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
        var seed = new Option<long?>("--seed") { Description = "Master seed (default: the scenario's)." };
        var ticks = new Option<int?>("--ticks") { Description = "Months to record after the warm-up (default: the scenario's)." };
        var threads = new Option<int>("--threads") { Description = "Threads for the patient update; results are identical for any value.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var set = new Option<string[]>("--set") { Description = "Override a parameter: path=value (e.g. commissioning.relational_mix=0.2). Repeatable.", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string?>("--out") { Description = "Results folder (default: runs/<scenario>-<seed>)." };
        var quiet = new Option<bool>("--quiet") { Description = "Print nothing but errors." };
        var replications = new Option<int?>("--replications", "-r") { Description = "Run N replications (seeds derived from the master seed) and report 95% confidence intervals." };
        var precision = new Option<double?>("--precision") { Description = "Add replications until every headline metric's 95% interval half-width is within this fraction of its mean (e.g. 0.02)." };
        var maxReplications = new Option<int>("--max-replications") { Description = "Cap on replications with --precision.", DefaultValueFactory = _ => 200 };
        var plot = new Option<bool>("--plot") { Description = "Draw the standard figures into the results folder's figures/ when the run finishes." };
        var command = new Command("run", "Run a scenario and write ticks.csv, summary.json and manifest.json (with --replications: replications.csv, aggregate.csv with intervals).")
            { scenario, seed, ticks, threads, set, output, quiet, replications, precision, maxReplications, plot };
        command.SetAction(parse => parse.GetValue(replications) is not null || parse.GetValue(precision) is not null
            ? ReplicateCommand.Execute(parse, new Experiments.Replications.ReplicationRequest(
                parse.GetValue(scenario)!, parse.GetValue(set) ?? [], parse.GetValue(replications) ?? 10, parse.GetValue(seed), parse.GetValue(ticks),
                parse.GetValue(precision), parse.GetValue(maxReplications), parse.GetValue(threads), parse.GetValue(output)), parse.GetValue(quiet), parse.GetValue(plot))
            : Execute(parse, new RunRequest(
            parse.GetValue(scenario)!,
            parse.GetValue(set) ?? [],
            parse.GetValue(seed),
            parse.GetValue(ticks),
            parse.GetValue(threads),
            parse.GetValue(output)), parse.GetValue(quiet), parse.GetValue(plot)));
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
        var stdout = parse.InvocationConfiguration.Output;
        var stderr = parse.InvocationConfiguration.Error;
        if (request.Threads < 1)
        {
            stderr.WriteLine($"error: --threads must be at least 1 (got {request.Threads})");
            return ExitCodes.InvalidInput;
        }
        var progress = new ProgressBar(stderr, quiet);
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            var result = RunExecutor.Execute(request, progress.Report, cancel.Token);
            progress.Finish();
            if (!quiet) ConsoleSummary.Print(stdout, result);
            DrawFigures(parse, plot, quiet, result.OutputDirectory);
            return ExitCodes.Ok;
        }
        catch (ScenarioLoadException e)
        {
            foreach (var problem in e.Problems) stderr.WriteLine(problem.ToString());
            stderr.WriteLine($"{e.Problems.Count} problem(s); nothing was run.");
            return ExitCodes.InvalidInput;
        }
        catch (FileNotFoundException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            progress.Finish();
            stderr.WriteLine("interrupted: no results were written.");
            return ExitCodes.RuntimeFailure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            progress.Finish();
            stderr.WriteLine($"run failed: {e.Message}");
            return ExitCodes.RuntimeFailure;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Formats a number for the console.</summary>
    public static string N(double v, string format = "G4") => v.ToString(format, CultureInfo.InvariantCulture);
}
