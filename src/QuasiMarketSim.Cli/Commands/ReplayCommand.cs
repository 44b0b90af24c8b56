using System.CommandLine;
using QuasiMarketSim.Experiments;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim replay MANIFEST`: rerun a recorded run or experiment and confirm its outputs are bit-identical.</summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var manifest = new Argument<string>("manifest") { Description = "A manifest.json written by run, compare or sweep (or its folder)." };
        var threads = CliOptions.Threads("Threads (results do not depend on it).");
        var command = new Command("replay", "Rerun what a manifest records and confirm every output is bit-identical.") { manifest, threads };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(manifest)!;
            if (Directory.Exists(path)) path = Path.Combine(path, "manifest.json");
            var o = parse.InvocationConfiguration.Output;
            var progress = new ProgressBar(parse.InvocationConfiguration.Error, quiet: false, "runs");
            return CommandGuard.Run(parse.InvocationConfiguration.Error, progress, "nothing was checked.", ct =>
            {
                if (!File.Exists(path)) throw new FileNotFoundException($"no manifest at {path}");
                var checks = Replay.Execute(path, parse.GetValue(threads), progress.Report, ct);
                foreach (var c in checks) o.WriteLine($"  {c.File,-20} {c.Verdict}");
                var all = checks.All(c => c.Identical);
                o.WriteLine(all ? $"replay: all {checks.Count} outputs are bit-identical" : $"replay: {checks.Count(c => !c.Identical)} of {checks.Count} outputs differ from the manifest");
                return all ? ExitCodes.Ok : ExitCodes.RuntimeFailure;
            });
        });
        return command;
    }
}
