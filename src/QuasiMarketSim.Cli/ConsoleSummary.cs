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
        PrintAreas(o, r);
        o.WriteLine($"results: {r.OutputDirectory}");
        o.WriteLine("  ticks.csv (one row per month), summary.json (aggregates), manifest.json (how to reproduce); units in docs/outputs.md");
        if (r.Areas is not null) o.WriteLine("  areas.csv (one row per month and area), and each area's aggregates under \"areas\" in summary.json");
    }

    /// <summary>With per-area outputs: the headline metrics' whole-run values, one column per area (the first few areas).</summary>
    private static void PrintAreas(TextWriter o, RunResult r)
    {
        const int MaxPrinted = 6;
        if (r.Areas is not { Count: > 0 } areas) return;
        var shown = areas.Take(MaxPrinted).ToList();
        var names = shown.Select(a => a.Name.Length > 0 ? a.Name : $"area {a.Area}").ToList();
        var widths = names.Select(n => Math.Max(12, n.Length)).ToList();
        o.WriteLine($"  {"per area (whole run)",-38}" + string.Concat(names.Select((n, i) => " " + n.PadLeft(widths[i]))));
        foreach (var metric in MetricCatalog.Headlines)
        {
            if (shown[0].Metrics.FirstOrDefault(m => m.Metric.Name == metric.Name).Metric is null) continue;
            var cells = shown.Select((area, i) =>
            {
                var s = area.Metrics.First(m => m.Metric.Name == metric.Name).Summary;
                return " " + Core.Text.ValueFormat.Of(metric.IsFlow ? s.Total ?? 0 : s.Mean, metric.Unit).PadLeft(widths[i]);
            });
            o.WriteLine($"  {metric.Label,-38}" + string.Concat(cells));
        }
        if (areas.Count > MaxPrinted) o.WriteLine($"  ... and {areas.Count - MaxPrinted} more areas in areas.csv");
    }
}
