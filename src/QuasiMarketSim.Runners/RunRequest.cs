namespace QuasiMarketSim.Runners;

/// <summary>What the user asked to run.</summary>
/// <param name="Scenario">A scenario file path, or the name of a shipped scenario ("baseline").</param>
/// <param name="Overrides">`path=value` overrides, applied in order after the file (and its bases).</param>
/// <param name="Seed">Master seed; the scenario's when null.</param>
/// <param name="Ticks">Recorded months; the scenario's when null.</param>
/// <param name="Threads">Threads for the patient update (results do not depend on it).</param>
/// <param name="OutputDirectory">Where to write; runs/&lt;scenario&gt;-&lt;seed&gt; when null.</param>
/// <param name="PerArea">Write per-area outputs (areas.csv and the summary's "areas" block) even when the scenario has no "areas" list.</param>
public sealed record RunRequest(
    string Scenario,
    IReadOnlyList<string> Overrides,
    long? Seed = null,
    int? Ticks = null,
    int Threads = 1,
    string? OutputDirectory = null,
    bool PerArea = false)
{
    /// <summary>The overrides with --seed and --ticks folded in, so they are part of the resolved scenario and its hash.</summary>
    public IReadOnlyList<string> AllOverrides()
    {
        var all = new List<string>(Overrides);
        if (Seed is { } seed) all.Add(FormattableString.Invariant($"seed={seed}"));
        if (Ticks is { } ticks) all.Add(FormattableString.Invariant($"ticks={ticks}"));
        return all;
    }
}
