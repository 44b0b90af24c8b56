using System.CommandLine;
using QuasiMarketSim.Cli.Commands;

namespace QuasiMarketSim.Cli;

/// <summary>The `quasim` program.</summary>
public static class Program
{
    /// <summary>Parses the command line and runs the command; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Main(string[] args) => Parse(args).Invoke();

    /// <summary>
    /// Parses <paramref name="args"/>. A parse error prints the error (naming the option and what it expects) and a
    /// pointer to --help, not the whole help text, so the message is the first thing the user sees.
    /// </summary>
    public static ParseResult Parse(string[] args)
    {
        var result = BuildRoot().Parse(args);
        if (result.Action is System.CommandLine.Invocation.ParseErrorAction onError) onError.ShowHelp = false;
        return result;
    }

    /// <summary>The command tree (also used by tests).</summary>
    public static RootCommand BuildRoot() => HelpText.Attach(Completions.Attach(new(
        "QuasiMarketSim: an agent-based simulation of a healthcare quasi-market (relational vs transactional commissioning).")
    {
        RunCommand.Create(),
        CompareCommand.Create(),
        SweepCommand.Create(),
        PlotCommand.Create(),
        ReportCommand.Create(),
        SensitivityCommand.Create(),
        ReplayCommand.Create(),
        BenchCommand.Create(),
        CheckCommand.Create(),
        CalibrateCommand.Create(),
        ValidateCommand.Create(),
        DescribeCommand.Create(),
        SchemaCommand.Create(),
        ExploreCommand.Create(),
        SiloCommand.Create(),
        StatusCommand.Create(),
        CancelCommand.Create(),
    }));
}
