using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuasiMarketSim.Experiments.Statistics;
using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Model.Parameters;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;
using static QuasiMarketSim.Runners.ResultsWriter;

namespace QuasiMarketSim.Experiments.Comparison;

/// <summary>How much of one metric's difference B - A one mechanism carries.</summary>
/// <param name="Mechanism">The mechanism switched off in both arms.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Difference">B - A with every mechanism on (paired).</param>
/// <param name="Left">B - A with the mechanism off in both arms (paired, same seeds).</param>
/// <param name="Carried">Difference minus what is left, per seed: the part the mechanism carries.</param>
public sealed record MechanismShare(string Mechanism, MetricInfo Metric, ConfidenceInterval Difference, ConfidenceInterval Left, ConfidenceInterval Carried)
{
    /// <summary>The carried part as a share of the difference (NaN when the difference is not distinguishable from zero).</summary>
    public double ShareCarried => Difference.ExcludesZero && Difference.Mean != 0 ? Carried.Mean / Difference.Mean : double.NaN;
}

/// <summary>The outcome of explaining a comparison.</summary>
/// <param name="OutputDirectory">Where the results are.</param>
/// <param name="Differences">B - A per metric with every mechanism on.</param>
/// <param name="Shares">Per mechanism and metric, what is left with it off and what it carries.</param>
public sealed record ExplainResult(string OutputDirectory, IReadOnlyList<MetricDifference> Differences, IReadOnlyList<MechanismShare> Shares);

/// <summary>
/// Explains a paired comparison by ablation: each mechanism (<see cref="MechanismSwitches"/>) is switched off in both
/// arms, A and B are run again with the same seeds, and the difference left is set against the full difference seed by
/// seed. What a mechanism carries is the full difference minus what is left without it, with a paired 95% interval.
/// Mechanisms interact, so the parts need not add up to the whole: a part larger than the whole means other mechanisms
/// push the other way.
/// </summary>
public static class MechanismAttribution
{
    /// <summary>Runs the comparison and its ablations; reports (runs done, runs planned).</summary>
    public static ExplainResult Execute(CompareRequest request, IReadOnlyList<string> mechanisms, Action<int, int>? progress = null,
        CancellationToken cancellation = default)
    {
        if (request.Replications is < 2 or > Replications.ReplicationRequest.MaxAllowed)
            throw new ArgumentException($"--replications: expected a whole number from 2 to {Replications.ReplicationRequest.MaxAllowed:N0}; got {request.Replications}");
        var switches = Select(mechanisms);
        var a = Load(request.ScenarioA, request.OverridesA, request.Ticks, request.Seed, []);
        var master = a.Input.Seed;
        var b = Load(request.ScenarioB, request.OverridesB, request.Ticks, (long)master, []);
        // Arms: 0 = all on; 1 + s = switch s off. Each arm runs A and B.
        var arms = new List<(LoadedScenario A, LoadedScenario B)> { (a, b) };
        foreach (var s in switches)
        {
            arms.Add((Load(request.ScenarioA, request.OverridesA, request.Ticks, (long)master, s.Off),
                Load(request.ScenarioB, request.OverridesB, request.Ticks, (long)master, s.Off)));
        }
        var n = request.Replications;
        using var output = new AtomicDirectory(request.OutputDirectory ?? Path.Combine("runs", $"explain-{a.Input.Name}-vs-{b.Input.Name}-{master}"));
        var units = arms.Count * 2 * n;
        var values = new double[units][];
        var metricsOf = new IReadOnlyList<MetricInfo>[units];
        var done = 0;
        UnitScheduler.Run(Enumerable.Range(0, units).ToList(), UnitScheduler.Concurrency(request.Threads, a.Input, b.Input), (u, ct) =>
        {
            var (arm, side, r) = (u / (2 * n), u / n % 2, u % n);
            var input = side == 0 ? arms[arm].A.Input : arms[arm].B.Input;
            var (table, m) = RunUnit.Run(input, Seeds.Replication(master, r), ct);
            return (Values: RunUnit.WholeRun(table, m), Metrics: m);
        }, (u, result) =>
        {
            values[u] = result.Values;
            metricsOf[u] = result.Metrics;
            progress?.Invoke(++done, units);
        }, cancellation);

        var metricsA = metricsOf[0];
        var metricsB = metricsOf[n].ToList();
        var differences = new List<MetricDifference>();
        var shares = new List<MechanismShare>();
        for (var m = 0; m < metricsA.Count; m++)
        {
            var mb = metricsB.FindIndex(x => x.Name == metricsA[m].Name);
            if (mb < 0) continue;
            double[] Paired(int arm) => [.. Enumerable.Range(0, n).Select(r => values[arm * 2 * n + n + r][mb] - values[arm * 2 * n + r][m])];
            var full = Paired(0);
            var fullInterval = ConfidenceInterval.Of(full);
            var av = Enumerable.Range(0, n).Select(r => values[r][m]).ToArray();
            var bv = Enumerable.Range(0, n).Select(r => values[n + r][mb]).ToArray();
            differences.Add(new MetricDifference(metricsA[m], ConfidenceInterval.Of(av), ConfidenceInterval.Of(bv), fullInterval, fullInterval));
            for (var s = 0; s < switches.Count; s++)
            {
                var left = Paired(s + 1);
                shares.Add(new MechanismShare(switches[s].Name, metricsA[m], fullInterval, ConfidenceInterval.Of(left),
                    ConfidenceInterval.Of([.. full.Zip(left, (x, y) => x - y)])));
            }
        }

        WriteTable(output.PathOf("explanation.csv"), shares);
        WriteSummary(output.PathOf("summary.json"), a, b, master, n, differences, shares);
        new ExperimentManifest("explain", new JsonObject
        {
            ["scenario_a"] = request.ScenarioA,
            ["overrides_a"] = new JsonArray([.. request.OverridesA.Select(o => (JsonNode?)o)]),
            ["scenario_b"] = request.ScenarioB,
            ["overrides_b"] = new JsonArray([.. request.OverridesB.Select(o => (JsonNode?)o)]),
            ["mechanisms"] = new JsonArray([.. switches.Select(s => (JsonNode?)s.Name)]),
            ["master_seed"] = master,
            ["replications"] = n,
            ["ticks"] = request.Ticks,
        }, [a, b], request.Threads).Set("status", "complete").WriteInto(output.WorkingPath);
        output.Commit();
        return new ExplainResult(output.Target, differences, shares);
    }

    /// <summary>The switches named (all when none), in catalogue order; an unknown name is an error listing the known ones.</summary>
    public static IReadOnlyList<MechanismSwitch> Select(IReadOnlyList<string> names)
    {
        names = [.. names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        var unknown = names.Where(x => MechanismSwitches.Find(x) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"--mechanisms: unknown mechanism {string.Join(", ", unknown.Select(u => $"'{u}'"))}; "
                + $"expected any of: {string.Join(", ", MechanismSwitches.All.Select(s => s.Name))}");
        }
        return names.Count == 0 ? MechanismSwitches.All : [.. MechanismSwitches.All.Where(s => names.Contains(s.Name))];
    }

    private static LoadedScenario Load(string scenario, IReadOnlyList<string> overrides, int? ticks, long? seed, IReadOnlyList<string> off) =>
        ScenarioLoader.Load(ScenarioLocator.Resolve(scenario), new RunRequest(scenario, [.. overrides, .. off], seed, ticks).AllOverrides());

    private static void WriteTable(string path, IReadOnlyList<MechanismShare> shares)
    {
        CsvWriter.Write(path, ["mechanism", "metric", "unit", "difference", "difference_low", "difference_high", "left", "left_low", "left_high",
            "carried", "carried_low", "carried_high", "share_carried"],
            shares.Select(s => (IEnumerable<string>)[s.Mechanism, s.Metric.Name, s.Metric.Unit, Format(s.Difference.Mean), Format(s.Difference.Low),
                Format(s.Difference.High), Format(s.Left.Mean), Format(s.Left.Low), Format(s.Left.High), Format(s.Carried.Mean), Format(s.Carried.Low),
                Format(s.Carried.High), double.IsNaN(s.ShareCarried) ? "" : Format(s.ShareCarried)]));
    }

    private static void WriteSummary(string path, LoadedScenario a, LoadedScenario b, ulong master, int n,
        IReadOnlyList<MetricDifference> differences, IReadOnlyList<MechanismShare> shares)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        PairedComparison.WriteArms(json, a, b, master, n);
        ResultsWriter.WriteHeadlines(json, [.. differences.Select(d => d.Metric)]);
        json.WriteStartObject("metrics");
        foreach (var d in differences)
        {
            json.WriteStartObject(d.Metric.Name);
            ResultsWriter.WriteIdentity(json, d.Metric);
            json.WriteStartObject("difference");
            Replications.ReplicationWriter.WriteInterval(json, d.Paired);
            json.WriteEndObject();
            json.WriteStartObject("carried_by");
            foreach (var s in shares.Where(x => x.Metric.Name == d.Metric.Name))
            {
                json.WriteStartObject(s.Mechanism);
                Replications.ReplicationWriter.WriteInterval(json, s.Carried);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }


    /// <summary>The mechanisms whose carried part of <paramref name="metric"/> is distinguishable from zero, largest first.</summary>
    public static IEnumerable<MechanismShare> Carriers(IReadOnlyList<MechanismShare> shares, string metric) =>
        shares.Where(s => s.Metric.Name == metric && s.Carried.ExcludesZero).OrderByDescending(s => Math.Abs(s.Carried.Mean));

    /// <summary>A share as a whole percentage, e.g. "80%".</summary>
    public static string Percent(double share) => double.IsNaN(share) ? "-" : (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
