using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Experiments.Uncertainty;

/// <summary>What a probabilistic analysis found: per metric under uncertainty, cost-effectiveness and the parameters that drive each difference.</summary>
/// <param name="Metrics">Per metric, value (one arm) or difference B - A (two arms) under uncertainty.</param>
/// <param name="CostEffectiveness">Incremental costs and QALYs per set (two arms only).</param>
/// <param name="Drivers">Per metric, each parameter's first-order index over the sets' mean differences (two arms only), and for "inmb_20000".</param>
/// <param name="SetMeans">Per metric name, each set's mean value or difference.</param>
public sealed record PsaAnalysis(IReadOnlyList<MetricUncertainty> Metrics, CostEffectiveness? CostEffectiveness,
    IReadOnlyDictionary<string, double[]> Drivers, IReadOnlyDictionary<string, double[]> SetMeans)
{
    /// <summary>The name under which the drivers of incremental net monetary benefit at GBP 20,000 per QALY are kept.</summary>
    public const string NetBenefit20k = "inmb_20000";

    /// <summary>
    /// Analyses <paramref name="results"/>[unit] (unit = (set r + replication) arms + arm, whole-run values in
    /// <paramref name="metrics"/>[arm] order).
    /// </summary>
    public static PsaAnalysis Analyse(PsaDesign design, IReadOnlyList<IReadOnlyList<MetricInfo>> metrics, IReadOnlyList<double[]> results, int r)
    {
        var arms = metrics.Count;
        var list = new List<MetricUncertainty>();
        var setMeans = new Dictionary<string, double[]>();
        var namesB = arms > 1 ? metrics[1].Select(m => m.Name).ToList() : null;
        for (var m = 0; m < metrics[0].Count; m++)
        {
            var info = metrics[0][m];
            var mb = namesB?.IndexOf(info.Name) ?? m;
            if (mb < 0) continue; // a per-line metric the other world does not have
            var values = new IReadOnlyList<double>[design.Sets];
            for (var s = 0; s < design.Sets; s++)
            {
                var row = new double[r];
                for (var rep = 0; rep < r; rep++)
                {
                    var u = (s * r + rep) * arms;
                    row[rep] = arms == 1 ? results[u][m] : results[u + 1][mb] - results[u][m];
                }
                values[s] = row;
            }
            list.Add(MetricUncertainty.Of(info, values, arms > 1));
            setMeans[info.Name] = [.. values.Select(v => v.Average())];
        }
        if (arms == 1) return new(list, null, new Dictionary<string, double[]>(), setMeans);

        var ce = new CostEffectiveness(setMeans[MetricCatalog.NhsCost.Name], setMeans[MetricCatalog.Qalys.Name]);
        var inputs = Enumerable.Range(0, design.Sets).Select(design.Quantiles).ToList();
        var drivers = new Dictionary<string, double[]>();
        if (design.Paths.Count > 0 && design.Sets >= 4)
        {
            foreach (var name in MetricCatalog.Headlines.Select(h => h.Name).Append(MetricCatalog.Qalys.Name).Append(MetricCatalog.NhsCost.Name).Where(setMeans.ContainsKey))
                drivers[name] = GivenDataSobol.FirstOrder(inputs, setMeans[name]);
            drivers[NetBenefit20k] = GivenDataSobol.FirstOrder(inputs, ce.NetBenefit(20_000));
        }
        return new(list, ce, drivers, setMeans);
    }
}
