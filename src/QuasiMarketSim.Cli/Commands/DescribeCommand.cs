using System.CommandLine;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim describe`: every parameter (default, unit, range, meaning, source) and every metric.</summary>
internal static class DescribeCommand
{
    public static Command Create()
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print Markdown tables (the ODD parameter table is this output)." };
        var command = new Command("describe", "List parameters (default, unit, range, meaning, source) and metrics.") { markdown };
        command.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            if (parse.GetValue(markdown)) ReferenceTables.WriteMarkdown(o);
            else ReferenceTables.WriteText(o);
            return ExitCodes.Ok;
        });
        return command;
    }
}
