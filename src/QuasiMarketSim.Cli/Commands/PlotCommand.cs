using System.CommandLine;
using QuasiMarketSim.Plots;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim plot RESULTS_DIR`: the standard figures for a run, replications or a comparison.</summary>
internal static class PlotCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("results") { Description = "A results folder written by run, run --replications or compare." };
        var metrics = new Option<string[]>("--metric") { Description = "Metric to draw over time (repeatable; default: the headline metrics)." };
        var format = new Option<string>("--format") { Description = "png or svg.", DefaultValueFactory = _ => "png" };
        format.AcceptOnlyFromAmong("png", "svg");
        var command = new Command("plot", "Draw the standard figures for a results folder into its figures/ subfolder.") { folder, metrics, format };
        command.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            var e = parse.InvocationConfiguration.Error;
            try
            {
                foreach (var path in FigureWriter.Write(parse.GetValue(folder)!, parse.GetValue(metrics) ?? [], parse.GetValue(format)!)) o.WriteLine(path);
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is DirectoryNotFoundException or InvalidDataException or KeyNotFoundException or ArgumentException)
            {
                e.WriteLine($"error: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
        });
        return command;
    }
}
