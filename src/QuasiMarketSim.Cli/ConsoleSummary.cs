using QuasiMarketSim.Runners;
using static QuasiMarketSim.Cli.Commands.RunCommand;

namespace QuasiMarketSim.Cli;

/// <summary>The short human summary printed after a run.</summary>
internal static class ConsoleSummary
{
    /// <summary>Headline metrics, with how each is summarised.</summary>
    private static readonly (string Metric, string Label, string How)[] Headlines =
    [
        ("trust_mean", "trust (commissioner, mean)", "final"),
        ("tc_share_of_spend", "transaction costs / spend", "mean"),
        ("tenders", "tenders run", "total"),
        ("switches", "provider switches", "total"),
        ("decommissions", "decommissions", "total"),
        ("entries", "provider entries", "total"),
        ("exits", "provider exits", "total"),
        ("hhi", "market concentration (HHI)", "final"),
        ("staff_vacancy_rate", "staff vacancy rate", "mean"),
        ("quality_true_mean", "quality of care (true)", "final"),
        ("quality_believed_mean", "quality (as commissioners believe)", "final"),
        ("admissions_per_1000", "unplanned admissions /1,000/month", "mean"),
        ("unmet_share", "patients not seen", "mean"),
        ("innovation_adoption", "practices using risk stratification", "final"),
    ];

    public static void Print(TextWriter o, RunResult r)
    {
        var input = r.Scenario.Input;
        o.WriteLine($"{input.Name}: {input.Ticks} months after a {input.Warmup}-month warm-up, seed {r.Seed}, {r.Patients:N0} patients, {N(r.RunSeconds, "F2")} s");
        var byName = r.Summary.ToDictionary(s => s.Metric.Name, s => s.Summary);
        foreach (var (metric, label, how) in Headlines)
        {
            if (!byName.TryGetValue(metric, out var s)) continue;
            var value = how switch { "final" => s.Final, "mean" => s.Mean, _ => s.Total ?? s.Mean };
            o.WriteLine($"  {label,-38} {N(value),10}  ({how})");
        }
        o.WriteLine($"results: {r.OutputDirectory}");
        o.WriteLine("  ticks.csv (one row per month), summary.json (aggregates), manifest.json (how to reproduce); units in docs/outputs.md");
    }
}
