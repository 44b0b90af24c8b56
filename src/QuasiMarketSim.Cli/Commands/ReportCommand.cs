using System.CommandLine;
using System.Globalization;
using QuasiMarketSim.Model.Specs;
using QuasiMarketSim.Plots.Report;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim report RESULTS_DIR...`: one self-contained HTML report.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var folders = new Argument<string[]>("results") { Description = "Results folders (run, replications, compare, sweep, sensitivity).", Arity = ArgumentArity.OneOrMore };
        var output = CliOptions.Out("The HTML file (default: report.html in the first folder). An existing file is replaced only if it is a quasim report.");
        var command = new Command("report", "Write one self-contained HTML report (figures embedded): question, scenarios, findings with intervals, assumptions, reproducibility.") { folders, output };
        command.SetAction(parse =>
        {
            var list = parse.GetValue(folders)!;
            var target = parse.GetValue(output) ?? Path.Combine(list[0], "report.html");
            return CommandGuard.Run(parse.InvocationConfiguration.Error, null, "no report was written.", _ =>
            {
                ReportWriter.Write(list, target, Document);
                parse.InvocationConfiguration.Output.WriteLine(target);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    /// <summary>The documentation of a parameter path from the scenario schema (section parameters only).</summary>
    private static ParameterDoc? Document(string path)
    {
        var field = ScenarioSchema.AllParameters.FirstOrDefault(f => f.Path == path);
        if (field is null) return null;
        var value = field.Default switch
        {
            null => "(derived)",
            double d => d.ToString("G6", CultureInfo.InvariantCulture),
            bool b => b ? "True" : "False",
            var v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
        };
        return new ParameterDoc(value, field.Unit, field.Meaning, field.Source);
    }
}
