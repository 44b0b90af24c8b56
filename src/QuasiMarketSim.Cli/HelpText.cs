using System.CommandLine;

namespace QuasiMarketSim.Cli;

/// <summary>
/// What --help shows beyond each option's own description: placeholders that say what a value is (--seed &lt;N&gt;,
/// --set &lt;path=value&gt;), and an example or two per command. Attached by name over the whole tree, so every
/// command that takes --seed shows it the same way.
/// </summary>
internal static class HelpText
{
    private static readonly Dictionary<string, string> Placeholders = new()
    {
        ["--seed"] = "N", ["--ticks"] = "MONTHS", ["--threads"] = "N", ["--out"] = "DIR", ["--set"] = "path=value", ["--replications"] = "N",
        ["--precision"] = "FRACTION", ["--max-replications"] = "N", ["--psa"] = "SETS", ["--metric"] = "METRIC", ["--mechanisms"] = "NAMES",
        ["--samples"] = "N", ["--holdout"] = "TARGET", ["--parameters"] = "PATHS", ["--method"] = "morris|sobol", ["--host"] = "ADDRESS",
        ["--unit"] = "K", ["--collect"] = "DIR", ["--cluster"] = "FILE", ["--slots"] = "N", ["--attach"] = "ID", ["--port"] = "PORT", ["--gateway-port"] = "PORT",
    };

    private static readonly Dictionary<string, string[]> Examples = new()
    {
        ["run"] = ["quasim run baseline", "quasim run baseline --set commissioning.relational_mix=0.2", "quasim run baseline -r 20 --plot",
            "quasim run baseline --psa 100", "quasim run baseline -r 100 --cluster cluster.json"],
        ["compare"] = ["quasim compare baseline transactional -r 20", "quasim compare baseline --set providers.complacency=0",
            "quasim compare baseline transactional --explain", "quasim compare baseline transactional --psa 200", "quasim compare baseline transactional -r 100 --cluster cluster.json"],
        ["sweep"] = ["quasim sweep mix-sweep", "quasim sweep mix-sweep --resume", "quasim sweep mix-sweep --unit 3 --out /shared/mix",
            "quasim sweep mix-sweep --collect /shared/mix", "quasim sweep mix-sweep --cluster cluster.json --out /shared/mix"],
        ["sensitivity"] = ["quasim sensitivity mix-sweep --method morris", "quasim sensitivity mix-sweep --method sobol", "quasim sensitivity mix-sweep --method sobol --cluster cluster.json"],
        ["calibrate"] = ["quasim calibrate baseline", "quasim calibrate baseline --samples 1000 --holdout tendered_spend_share"],
        ["plot"] = ["quasim plot runs/baseline-1", "quasim plot runs/baseline-1 runs/transactional-1 --metric trust_mean"],
        ["report"] = ["quasim report runs/compare-baseline-vs-transactional-1"],
        ["replay"] = ["quasim replay runs/baseline-1"],
        ["bench"] = ["quasim bench --quick", "quasim bench --patients 10000000 --instruction-sets --out runs/bench"],
        ["check"] = ["quasim check", "quasim check baseline --levers"],
        ["validate"] = ["quasim validate scenarios/*.jsonc"],
        ["describe"] = ["quasim describe", "quasim describe --markdown"],
        ["schema"] = ["quasim schema > scenario.schema.json"],
        ["explore"] = ["quasim explore", "quasim explore transactional --port 8080"],
        ["silo"] = ["quasim silo", "quasim silo --cluster cluster.json --slots 8"],
        ["status"] = ["quasim status --cluster cluster.json", "quasim status --cluster cluster.json --attach 3f2a9c1b7d4e"],
        ["cancel"] = ["quasim cancel 3f2a9c1b7d4e --cluster cluster.json"],
    };

    /// <summary>Adds placeholders and examples to every command under <paramref name="root"/>; returns it.</summary>
    public static RootCommand Attach(RootCommand root)
    {
        foreach (var command in root.Subcommands)
        {
            foreach (var option in command.Options.Where(o => o.HelpName is null && Placeholders.ContainsKey(o.Name))) option.HelpName = Placeholders[option.Name];
            // Named, not the list of everything tab completion offers.
            foreach (var argument in command.Arguments.Where(a => a.HelpName is null)) argument.HelpName = argument.Name;
            if (Examples.TryGetValue(command.Name, out var examples))
                command.Description += Environment.NewLine + Environment.NewLine + "Examples:" + string.Concat(examples.Select(e => Environment.NewLine + "  " + e));
        }
        return root;
    }
}
