using System.Text.RegularExpressions;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Explorer;

/// <summary>A shipped scenario as the chooser lists it.</summary>
/// <param name="Name">Its name (file name without .jsonc).</param>
/// <param name="Description">Its one-line description.</param>
public sealed record ScenarioEntry(string Name, string Description);

/// <summary>
/// The scenarios a page may open: only the shipped ones, named, never a path. A request names a scenario; the name is
/// checked against the shipped list before any file is touched, so no request reads a file outside the scenarios folder.
/// </summary>
public static partial class ShippedScenarios
{
    /// <summary>The shipped scenarios with their descriptions, by name.</summary>
    public static IReadOnlyList<ScenarioEntry> List() => Listed.Value;

    // Read once: the shipped files do not change while the program runs.
    private static readonly Lazy<IReadOnlyList<ScenarioEntry>> Listed =
        new(() => [.. ScenarioLocator.ShippedNames().Select(name => new ScenarioEntry(name, Describe(name)))]);

    /// <summary>
    /// The file of shipped scenario <paramref name="name"/>; throws <see cref="FileNotFoundException"/> with the CLI's
    /// message when it is not one (a path, "../x", "/etc/passwd" are not names).
    /// </summary>
    public static string PathOf(string name)
    {
        var shipped = ScenarioLocator.ShippedNames();
        if (NamePattern().IsMatch(name) && shipped.Contains(name, StringComparer.Ordinal))
        {
            foreach (var dir in ScenarioLocator.SearchDirectories())
            {
                var candidate = Path.Combine(dir, name + ".jsonc");
                if (File.Exists(candidate)) return candidate;
            }
        }
        throw new FileNotFoundException($"scenario '{name}' not found: not a file, and not a shipped scenario ({string.Join(", ", shipped)})", name);
    }

    private static string Describe(string name)
    {
        try
        {
            return ScenarioLoader.Load(PathOf(name), [], long.MaxValue).Input.Description;
        }
        catch (InputException e)
        {
            return "(does not load: " + e.Message.Split('\n')[0] + ")";
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex NamePattern();
}
