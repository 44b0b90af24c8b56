using QuasiMarketSim.Experiments.Comparison;
using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>Prints what `quasim compare --explain` found: per headline metric, the mechanisms that carry its difference.</summary>
internal static class ExplainReport
{
    public static void Write(TextWriter o, ExplainResult r)
    {
        o.WriteLine("Which mechanisms carry each difference (B - A; each mechanism switched off in both arms, same seeds; 95% intervals).");
        o.WriteLine("Mechanisms interact, so the parts need not add up to the whole.");
        foreach (var headline in MetricCatalog.Headlines)
        {
            var d = r.Differences.FirstOrDefault(x => x.Metric.Name == headline.Name);
            if (d is null) continue;
            string V(double v) => Core.Text.ValueFormat.Of(v, d.Metric.Unit);
            o.WriteLine();
            o.WriteLine($"{headline.Label}: {V(d.Paired.Mean)} [{V(d.Paired.Low)}, {V(d.Paired.High)}]{(d.Paired.ExcludesZero ? "" : "  (not distinguishable from zero)")}");
            var carriers = MechanismAttribution.Carriers(r.Shares, headline.Name).ToList();
            if (carriers.Count == 0)
            {
                o.WriteLine("  no single mechanism carries a detectable part");
                continue;
            }
            o.WriteLine($"  {"mechanism",-24} {"carries",11} {"95% interval",26} {"share",6}   {"left with it off",11}");
            foreach (var s in carriers)
            {
                o.WriteLine($"  {s.Mechanism,-24} {V(s.Carried.Mean),11} [{V(s.Carried.Low),11}, {V(s.Carried.High),11}] {MechanismAttribution.Percent(s.ShareCarried),6}   {V(s.Left.Mean),11}");
            }
        }
        o.WriteLine();
        o.WriteLine($"results: {r.OutputDirectory}");
    }
}
