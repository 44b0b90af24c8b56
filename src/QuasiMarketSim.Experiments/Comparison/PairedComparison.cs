using System.Text.Json;
using System.Text.Json.Nodes;
using QuasiMarketSim.Experiments.Replications;
using QuasiMarketSim.Experiments.Statistics;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;
using static QuasiMarketSim.Runners.ResultsWriter;

namespace QuasiMarketSim.Experiments.Comparison;

/// <summary>The outcome of a comparison.</summary>
/// <param name="OutputDirectory">Where the results are.</param>
/// <param name="Differences">Per metric, B - A.</param>
/// <param name="Sentence">The plain-language summary.</param>
public sealed record CompareResult(string OutputDirectory, IReadOnlyList<MetricDifference> Differences, string Sentence);

/// <summary>
/// Runs A and B with common random numbers (replication r of both uses the same seed, and every random stream is
/// keyed by agent, so agents the two worlds share draw the same numbers), and B again with independent seeds, to
/// report each metric's difference B - A with a paired interval, an effect size, and how much common random
/// numbers tightened the interval.
/// </summary>
public static class PairedComparison
{
    /// <summary>Runs the comparison and writes its folder; reports (runs done, runs planned).</summary>
    public static CompareResult Execute(CompareRequest request, Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        if (request.Replications is < 2 or > ReplicationRequest.MaxAllowed)
            throw new ArgumentException($"--replications: expected a whole number from 2 to {ReplicationRequest.MaxAllowed:N0} (an interval needs at least 2); got {request.Replications}");
        var a = Load(request.ScenarioA, request.OverridesA, request.Ticks, request.Seed);
        var master = a.Input.Seed;
        var b = Load(request.ScenarioB, request.OverridesB, request.Ticks, (long)master);
        var n = request.Replications;
        using var output = new AtomicDirectory(request.OutputDirectory ?? Path.Combine("runs", $"compare-{a.Input.Name}-vs-{b.Input.Name}-{master}"));
        // Units 0..n-1: A; n..2n-1: B with the same seeds; 2n..3n-1: B with independent seeds.
        var results = new double[3 * n][];
        var metricsOf = new IReadOnlyList<Model.Metrics.MetricInfo>[3 * n];
        // Each arm's monthly path of the headline metrics (common-seed replications), for the report's time paths.
        var paths = new ArmPaths[] { new(), new() };
        var done = 0;
        void Completed(int u, (double[] Values, IReadOnlyList<Model.Metrics.MetricInfo> Metrics, Core.Recording.MetricTable? Table) r)
        {
            results[u] = r.Values;
            metricsOf[u] = r.Metrics;
            if (r.Table is not null) paths[u / n].Add(u % n, r.Table, r.Metrics);
            progress?.Invoke(++done, 3 * n);
        }
        var threads = UnitScheduler.Concurrency(request.Threads, a.Input, b.Input);
        if (request.Executor is { } executor)
        {
            // The same runs, numbered the same, elsewhere: each result is read back into the table the local run would have had.
            var work = CompareUnits.Create(a, Overrides(request.ScenarioA, request.OverridesA, request.Ticks, request.Seed), b,
                Overrides(request.ScenarioB, request.OverridesB, request.Ticks, (long)master), n);
            executor.Run(work, ReplicationExperiment.StorePath(output.Target), Enumerable.Range(0, 3 * n).ToList(), threads, (u, text) =>
            {
                var (table, m) = (work.Parse(u, text), work.MetricsOf(u));
                Completed(u, (RunUnit.WholeRun(table, m), m, u < 2 * n ? table : null));
            }, cancellation);
        }
        else
        {
            UnitScheduler.Run(Enumerable.Range(0, 3 * n).ToList(), threads, (u, ct) =>
            {
                var (input, seed) = (u / n) switch
                {
                    0 => (a.Input, Seeds.Replication(master, u)),
                    1 => (b.Input, Seeds.Replication(master, u - n)),
                    _ => (b.Input, Seeds.Independent(master, u - 2 * n)),
                };
                var (table, m) = RunUnit.Run(input, seed, ct);
                return (Values: RunUnit.WholeRun(table, m), Metrics: m, Table: u < 2 * n ? table : null);
            }, Completed, cancellation);
        }

        var differences = new List<MetricDifference>();
        var metrics = metricsOf[0];
        var metricsB = metricsOf[n].ToList();
        for (var m = 0; m < metrics.Count; m++)
        {
            var bIndex = metricsB.FindIndex(x => x.Name == metrics[m].Name);
            if (bIndex < 0) continue; // a per-line metric the other world does not have
            var av = Enumerable.Range(0, n).Select(r => results[r][m]).ToArray();
            var bv = Enumerable.Range(0, n).Select(r => results[n + r][bIndex]).ToArray();
            var bi = Enumerable.Range(0, n).Select(r => results[2 * n + r][bIndex]).ToArray();
            differences.Add(new MetricDifference(metrics[m], ConfidenceInterval.Of(av), ConfidenceInterval.Of(bv),
                ConfidenceInterval.Of([.. bv.Zip(av, (x, y) => x - y)]), ConfidenceInterval.Difference(av, bi)));
        }
        var sentence = PlainLanguage.Sentence(b.Input.Name == a.Input.Name ? $"{b.Input.Name} (changed)" : b.Input.Name, differences);

        WriteTable(output.PathOf("comparison.csv"), differences);
        ArmPaths.Write(output.PathOf("paths.csv"), paths[0], paths[1]);
        WriteSummary(output.PathOf("summary.json"), a, b, master, n, differences, sentence);
        new ExperimentManifest("compare", new JsonObject
        {
            ["scenario_a"] = request.ScenarioA,
            ["overrides_a"] = new JsonArray([.. request.OverridesA.Select(o => (JsonNode?)o)]),
            ["scenario_b"] = request.ScenarioB,
            ["overrides_b"] = new JsonArray([.. request.OverridesB.Select(o => (JsonNode?)o)]),
            ["master_seed"] = master,
            ["replications"] = n,
            ["ticks"] = request.Ticks,
        }, [a, b], request.Threads).Set("status", "complete").WriteInto(output.WorkingPath);
        output.Commit();
        if (request.Executor is not null) ReplicationExperiment.RemoveStore(output.Target);
        return new CompareResult(output.Target, differences, sentence);
    }

    private static LoadedScenario Load(string scenario, IReadOnlyList<string> overrides, int? ticks, long? seed) =>
        ScenarioLoader.Load(ScenarioLocator.Resolve(scenario), Overrides(scenario, overrides, ticks, seed));

    private static IReadOnlyList<string> Overrides(string scenario, IReadOnlyList<string> overrides, int? ticks, long? seed) =>
        new RunRequest(scenario, overrides, seed, ticks).AllOverrides();

    private static void WriteTable(string path, IReadOnlyList<MetricDifference> differences)
    {
        CsvWriter.Write(path, ["metric", "unit", "mean_a", "mean_b", "difference", "ci_low", "ci_high", "effect_size_dz", "half_width_paired",
            "half_width_independent", "width_ratio"],
            differences.Select(d => (IEnumerable<string>)[d.Metric.Name, d.Metric.Unit, Format(d.A.Mean), Format(d.B.Mean), Format(d.Paired.Mean),
                Format(d.Paired.Low), Format(d.Paired.High), Format(d.EffectSize), Format(d.Paired.HalfWidth), Format(d.Independent.HalfWidth), Format(d.WidthRatio)]));
    }

    /// <summary>The two arms, their hashes, the master seed and the replications: the head of every comparison's summary.json.</summary>
    internal static void WriteArms(Utf8JsonWriter json, LoadedScenario a, LoadedScenario b, ulong master, int n)
    {
        json.WriteString("a", a.Input.Name);
        json.WriteString("a_hash", a.Hash);
        json.WriteString("b", b.Input.Name);
        json.WriteString("b_hash", b.Hash);
        json.WriteNumber("master_seed", master);
        json.WriteNumber("replications", n);
    }

    private static void WriteSummary(string path, LoadedScenario a, LoadedScenario b, ulong master, int n, IReadOnlyList<MetricDifference> differences, string sentence)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        WriteArms(json, a, b, master, n);
        json.WriteString("summary", sentence);
        ResultsWriter.WriteHeadlines(json, [.. differences.Select(d => d.Metric)]);
        json.WriteStartObject("metrics");
        foreach (var d in differences)
        {
            json.WriteStartObject(d.Metric.Name);
            ResultsWriter.WriteIdentity(json, d.Metric);
            json.WriteStartObject("difference");
            ReplicationWriter.WriteInterval(json, d.Paired);
            json.WriteEndObject();
            json.WriteNumber("effect_size_dz", double.IsFinite(d.EffectSize) ? d.EffectSize : 0);
            json.WriteNumber("half_width_independent_seeds", double.IsFinite(d.Independent.HalfWidth) ? d.Independent.HalfWidth : 0);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

}
