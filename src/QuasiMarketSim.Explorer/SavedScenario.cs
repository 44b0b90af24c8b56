namespace QuasiMarketSim.Explorer;

/// <summary>
/// "Save as scenario": the world's fully resolved scenario (every value, the seed, the levers applied, the scheduled
/// events), which `quasim validate` accepts and `quasim run` reproduces month for month. Returned as a download; the
/// server writes no file.
/// </summary>
public static class SavedScenario
{
    /// <summary>The file name offered for <paramref name="world"/>.</summary>
    public static string FileName(ExplorerWorld world) =>
        FormattableString.Invariant($"{world.Scenario.Input.Name}-{world.Scenario.Input.Seed}-explored.jsonc");

    /// <summary>The scenario text of <paramref name="world"/> (its first world; the side-by-side world differs only in <see cref="WorldRequest.TwinOverrides"/>).</summary>
    public static string Text(ExplorerWorld world)
    {
        var levers = world.Request.Overrides.Count == 0 ? "none" : string.Join(", ", world.Request.Overrides);
        return $"// Saved by `quasim explore` from the shipped scenario '{world.Request.Scenario}' (levers: {levers}).\n"
            + "// Every value is written out, so this file needs no other: `quasim run <this file>` reproduces the explorer's months.\n"
            + world.Scenario.ResolvedJson;
    }
}
