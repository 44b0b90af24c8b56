using System.CommandLine;
using System.CommandLine.Completions;
using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Cli;

/// <summary>
/// Tab completion (through dotnet-suggest, see README "Shell completion"): scenario arguments offer the shipped and
/// local scenario names, --metric the metric names, --mechanisms the mechanism switches, --method the methods.
/// Attached by name over the whole command tree, so every command that takes a scenario completes it the same way.
/// </summary>
internal static class Completions
{
    private static readonly string[] ScenarioArguments = ["scenario", "scenarios", "a", "b"];

    /// <summary>Adds the completion sources to every command under <paramref name="root"/>; returns it.</summary>
    public static RootCommand Attach(RootCommand root)
    {
        foreach (var command in Commands(root))
        {
            foreach (var argument in command.Arguments.Where(a => ScenarioArguments.Contains(a.Name)))
                argument.CompletionSources.Add(_ => ScenarioLocator.ShippedNames().Select(n => new CompletionItem(n)));
            foreach (var option in command.Options)
            {
                IEnumerable<string>? names = option.Name switch
                {
                    "--metric" => MetricCatalog.Core.Select(m => m.Name),
                    "--mechanisms" => Model.Parameters.MechanismSwitches.All.Select(s => s.Name),
                    "--method" => ["morris", "sobol"],
                    _ => null,
                };
                if (names is not null) option.CompletionSources.Add(_ => names.Select(n => new CompletionItem(n)));
            }
        }
        return root;
    }

    private static IEnumerable<Command> Commands(Command command) => command.Subcommands.SelectMany(Commands).Prepend(command);
}
