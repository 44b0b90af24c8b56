using System.CommandLine;
using QuasiMarketSim.Plots;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim plot RESULTS_DIR`: the standard figures for a run, replications or a comparison.</summary>
internal static class PlotCommand
{
    public static Command Create()
    {
        var folder = new Argument<string[]>("results") { Description = "A results folder (run, replications, compare, sweep, sensitivity); several run or replications folders are overlaid, "
            + "one colour each.", Arity = ArgumentArity.OneOrMore };
        var output = CliOptions.Out("With several folders: where the overlaid figures go (default: figures/ of the first).");
        var metrics = new Option<string[]>("--metric") { Description = "Metric to draw over time (repeatable; default: the headline metrics)." };
        var format = new Option<string>("--format") { Description = "png or svg.", DefaultValueFactory = _ => "png" };
        format.AcceptOnlyFromAmong("png", "svg");
        var command = new Command("plot", "Draw the standard figures for a results folder into its figures/ subfolder.") { folder, metrics, format, output };
        command.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            return CommandGuard.Run(parse.InvocationConfiguration.Error, null, "figures already drawn were kept.", _ =>
            {
                var folders = parse.GetValue(folder)!;
                var written = folders.Length == 1
                    ? FigureWriter.Write(folders[0], parse.GetValue(metrics) ?? [], parse.GetValue(format)!)
                    : FigureWriter.WriteOverlay(folders, parse.GetValue(metrics) ?? [], parse.GetValue(format)!, parse.GetValue(output) ?? Path.Combine(folders[0], "figures"));
                foreach (var path in written) o.WriteLine(path);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
