using System.Text.Json;
using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Runners;
using static QuasiMarketSim.Runners.ResultsWriter;

namespace QuasiMarketSim.Experiments.Uncertainty;

/// <summary>Writes a probabilistic analysis's files (documented in docs/outputs.md).</summary>
internal static class PsaWriter
{
    public static void Write(string dir, string scenario, PsaDesign design, IReadOnlyList<IReadOnlyList<UncertainParameter>> parameters, PsaAnalysis analysis,
        IReadOnlyList<IReadOnlyList<MetricInfo>> metrics, IReadOnlyList<double[]> results, int r)
    {
        var arms = parameters.Count;
        var armName = (int a) => arms == 1 ? "" : a == 0 ? "a" : "b";
        CsvWriter.Write(Path.Combine(dir, "parameters.csv"), ["arm", "parameter", "distribution", "mean", "sd", "sd_capped", "low_2.5", "high_97.5", "source"],
            parameters.SelectMany((list, a) => list.Select(p => (IEnumerable<string>)[armName(a), p.Path, p.Prior.Family.ToString().ToLowerInvariant(), Format(p.Mean),
                Format(p.Sd), p.Capped ? "true" : "false", Format(p.Quantile(0.025)), Format(p.Quantile(0.975)), p.Prior.Source])));
        var valueColumns = Enumerable.Range(0, arms).SelectMany(a => parameters[a].Select(p => arms == 1 ? p.Path : $"{armName(a)}:{p.Path}")).ToList();
        var names = analysis.Metrics.Select(m => m.Metric.Name).ToList();
        CsvWriter.Write(Path.Combine(dir, "sets.csv"), ["set", .. valueColumns, .. names],
            Enumerable.Range(0, design.Sets).Select(s => (IEnumerable<string>)[Integer(s),
                .. Enumerable.Range(0, arms).SelectMany(a => parameters[a].Select(p => Format(design.Values(a, s)[p.Path]))),
                .. names.Select(n => Format(analysis.SetMeans[n][s]))]));
        CsvWriter.Write(Path.Combine(dir, "runs.csv"), ["set", "replication", "arm", .. metrics[0].Select(m => m.Name)],
            results.Select((values, u) => (IEnumerable<string>)[Integer(u / arms / r), Integer(u / arms % r), arms == 1 ? "" : armName(u % arms),
                .. metrics[0].Select((m, i) => Format(ValueOf(metrics[u % arms], values, m.Name)))]));
        CsvWriter.Write(Path.Combine(dir, "uncertainty.csv"),
            ["metric", "unit", "mean", "ui_low", "ui_high", "parameter_share", "monte_carlo_share", "monte_carlo_half_width", "p_b_better"],
            analysis.Metrics.Select(m => (IEnumerable<string>)[m.Metric.Name, m.Metric.Unit, Format(m.Mean), Format(m.Low), Format(m.High),
                Format(m.ParameterShare), Format(1 - m.ParameterShare), Format(m.MonteCarloHalfWidth), Format(m.ProbabilityBetter)]));
        if (analysis.CostEffectiveness is { } ce)
        {
            CsvWriter.Write(Path.Combine(dir, "cost_effectiveness.csv"), ["set", "delta_cost", "delta_qalys", "inmb_20000", "inmb_30000"],
                Enumerable.Range(0, design.Sets).Select(s => (IEnumerable<string>)[Integer(s), Format(ce.DeltaCost[s]), Format(ce.DeltaQalys[s]),
                    Format(20_000 * ce.DeltaQalys[s] - ce.DeltaCost[s]), Format(30_000 * ce.DeltaQalys[s] - ce.DeltaCost[s])]));
            CsvWriter.Write(Path.Combine(dir, "acceptability.csv"), ["threshold_gbp_per_qaly", "p_b_cost_effective"],
                ce.Acceptability().Select(p => (IEnumerable<string>)[Format(p.Threshold), Format(p.Probability)]));
            CsvWriter.Write(Path.Combine(dir, "drivers.csv"), ["metric", "parameter", "first_order"],
                analysis.Drivers.SelectMany(d => d.Value.Select((v, j) => (IEnumerable<string>)[d.Key, design.Paths[j], Format(v)])));
        }
        WriteSummary(Path.Combine(dir, "summary.json"), scenario, design, analysis, r);
    }

    private static string Integer(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static double ValueOf(IReadOnlyList<MetricInfo> metrics, double[] values, string name)
    {
        for (var i = 0; i < metrics.Count; i++) if (metrics[i].Name == name) return values[i];
        return double.NaN;
    }

    private static void WriteSummary(string path, string scenario, PsaDesign design, PsaAnalysis analysis, int r)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("scenario", scenario);
        WriteHeadlines(json, [.. analysis.Metrics.Select(m => m.Metric)]);
        json.WriteNumber("parameter_sets", design.Sets);
        json.WriteNumber("replications_per_set", r);
        json.WriteNumber("uncertain_parameters", design.Paths.Count);
        json.WriteStartObject("metrics");
        foreach (var m in analysis.Metrics)
        {
            json.WriteStartObject(m.Metric.Name);
            WriteIdentity(json, m.Metric);
            Number(json, "mean", m.Mean);
            Number(json, "ui_low", m.Low);
            Number(json, "ui_high", m.High);
            Number(json, "parameter_share", m.ParameterShare);
            Number(json, "monte_carlo_half_width", m.MonteCarloHalfWidth);
            Number(json, "p_b_better", m.ProbabilityBetter);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        if (analysis.CostEffectiveness is { } ce)
        {
            json.WriteStartObject("cost_effectiveness");
            Number(json, "delta_cost_gbp", ce.MeanDeltaCost);
            Number(json, "delta_qalys", ce.MeanDeltaQalys);
            Number(json, "icer_gbp_per_qaly", ce.Icer);
            json.WriteString("quadrant", ce.Quadrant);
            foreach (var t in CostEffectiveness.NiceThresholds)
            {
                var inmb = ce.NetBenefit(t);
                var interval = Sensitivity.PercentileInterval.Of(inmb);
                Number(json, $"inmb_{t:0}", inmb.Average());
                Number(json, $"inmb_{t:0}_low", interval.Low);
                Number(json, $"inmb_{t:0}_high", interval.High);
                Number(json, $"p_cost_effective_{t:0}", ce.ProbabilityCostEffective(t));
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value)) json.WriteNumber(name, value);
        else json.WriteNull(name);
    }
}
