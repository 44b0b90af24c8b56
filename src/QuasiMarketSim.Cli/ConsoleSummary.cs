using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Runners;
using static QuasiMarketSim.Cli.Commands.RunCommand;

namespace QuasiMarketSim.Cli;

/// <summary>The short human summary printed after a run: the headline metrics, then the market's activity.</summary>
internal static class ConsoleSummary
{
    public static void Print(TextWriter o, RunResult r)
    {
        var input = r.Scenario.Input;
        o.WriteLine($"{input.Name}: {input.Ticks} months after a {input.Warmup}-month warm-up, seed {r.Seed}, {r.Patients:N0} patients, {N(r.RunSeconds, "F2")} s");
        var byName = r.Summary.ToDictionary(s => s.Metric.Name);
        var activity = r.Summary.Select(s => s.Metric).Where(m => m.Group == "market" && m.IsFlow && m.Unit.StartsWith("count", StringComparison.Ordinal));
        foreach (var metric in MetricCatalog.Headlines.Concat(activity))
        {
            if (!byName.TryGetValue(metric.Name, out var s)) continue;
            // Whole-run values, as every experiment reports them: flows totalled, levels averaged.
            var (value, how) = metric.IsFlow ? (s.Summary.Total ?? 0, "total") : (s.Summary.Mean, "mean");
            o.WriteLine($"  {metric.Label,-38} {Core.Text.ValueFormat.Of(value, metric.Unit),12}  ({how})");
        }
        o.WriteLine($"results: {r.OutputDirectory}");
        o.WriteLine("  ticks.csv (one row per month), summary.json (aggregates), manifest.json (how to reproduce); units in docs/outputs.md");
    }
}
