namespace QuasiMarketSim.Explorer;

/// <summary>
/// "Save as scenario": the world's fully resolved scenario (every value, the seed, the levers applied, the scheduled
/// events), which `quasim validate` accepts and `quasim run` reproduces month for month. Returned as a download; the
/// server writes no file.
/// </summary>
public static class SavedScenario
{
    /// <summary>The file name offered for <paramref name="world"/>.</summary>
    public static string FileName(ExplorerWorld world, bool second = false) =>
        FormattableString.Invariant($"{world.Scenario.Input.Name}-{world.Scenario.Input.Seed}-explored{(second ? "-second" : "")}.jsonc");

    /// <summary>The scenario text of <paramref name="world"/>'s first world, or of its side-by-side world when <paramref name="second"/>.</summary>
    public static string Text(ExplorerWorld world, bool second = false)
    {
        var overrides = second ? [.. world.Request.Overrides, .. world.Request.TwinOverrides ?? []] : world.Request.Overrides;
        var levers = overrides.Count == 0 ? "none" : string.Join(", ", overrides.Select(o => o.StartsWith("events=", StringComparison.Ordinal) ? "events (mid-run changes)" : o));
        return $"// Saved by `quasim explore` from the shipped scenario '{world.Request.Scenario}'{(second ? ", second world" : "")} (levers: {levers}).\n"
            + "// Every value is written out, so this file needs no other: `quasim run <this file>` reproduces the explorer's months.\n"
            + (second ? world.TwinScenario! : world.Scenario).ResolvedJson;
    }
}
