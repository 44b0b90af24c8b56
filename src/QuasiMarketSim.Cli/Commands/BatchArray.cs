using System.CommandLine;
using QuasiMarketSim.Experiments.Execution;
using QuasiMarketSim.Experiments.Sweeps;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>
/// The HPC escape hatch without Orleans: `quasim sweep S --unit K --out SHARED` runs one unit into a shared folder
/// (one array task each), `quasim sweep S --collect SHARED` assembles the sweep there, the same bytes as a local sweep.
/// </summary>
internal static class BatchArray
{
    public static int Run(ParseResult parse, SweepRequest request, int? unit, string? collect)
    {
        var error = parse.InvocationConfiguration.Error;
        var output = parse.InvocationConfiguration.Output;
        if (unit is not null && collect is not null)
        {
            error.WriteLine("error: --unit and --collect: give one (run a unit into --out, or collect a folder the units were run into)");
            return ExitCodes.InvalidInput;
        }
        if (collect is not null && request.OutputDirectory is not null)
        {
            error.WriteLine("error: --collect DIR assembles the sweep in DIR itself: leave out --out");
            return ExitCodes.InvalidInput;
        }
        if (request.Resume)
        {
            error.WriteLine("error: --resume does not apply to --unit or --collect (a stored unit is never run twice, and collecting can be repeated)");
            return ExitCodes.InvalidInput;
        }
        return CommandGuard.Run(error, null, "run the same command again", ct =>
        {
            if (unit is { } k)
            {
                var wrote = SweepExperiment.RunOneUnit(request, k, ct);
                output.WriteLine(wrote ? $"unit {k} stored in {Path.Combine(request.OutputDirectory!, UnitStore.FolderName)}" : $"unit {k} was already stored; nothing run");
                return ExitCodes.Ok;
            }
            var r = SweepExperiment.Execute(request with { OutputDirectory = collect, Resume = true, Executor = StoreExecutor.Instance }, cancellation: ct);
            output.WriteLine($"sweep collected: {r.Units} runs; results: {r.OutputDirectory}");
            return ExitCodes.Ok;
        });
    }
}
