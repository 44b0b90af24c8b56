using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuasiMarketSim.Experiments.Statistics;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.Replications;

/// <summary>The outcome of a replication experiment.</summary>
/// <param name="OutputDirectory">Where the results are.</param>
/// <param name="Scenario">The scenario.</param>
/// <param name="Set">The completed replications.</param>
/// <param name="Intervals">Whole-run interval per metric (metric order).</param>
/// <param name="WidestHeadline">With a precision target: the headline metric with the widest relative interval, and that width.</param>
/// <param name="PrecisionReached">With a precision target: whether every headline metric reached it.</param>
/// <param name="Interrupted">True when stopped early (Ctrl-C); results hold the completed replications only.</param>
public sealed record ReplicationResult(
    string OutputDirectory,
    LoadedScenario Scenario,
    ReplicationSet Set,
    IReadOnlyList<ConfidenceInterval> Intervals,
    (string Metric, double Relative)? WidestHeadline,
    bool? PrecisionReached,
    bool Interrupted);

/// <summary>
/// Runs replications of a scenario in parallel (seeds derived from the master seed) and writes per-replication
/// rows, per-tick intervals and whole-run intervals. With a precision target it adds replications in batches until
/// every headline metric's 95% interval is that tight relative to its mean, or the cap is reached.
/// </summary>
public static class ReplicationExperiment
{
    /// <summary>Runs the request; reports (replications done, replications planned).</summary>
    public static ReplicationResult Execute(ReplicationRequest request, Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        if (request.Replications < 2) throw new ArgumentException($"at least 2 replications are needed for an interval (got {request.Replications})");
        var clock = Stopwatch.StartNew();
        var scenario = ScenarioLoader.Load(ScenarioLocator.Resolve(request.Scenario), new RunRequest(request.Scenario, request.Overrides, request.Seed, request.Ticks).AllOverrides());
        var input = scenario.Input;
        var master = input.Seed;
        ReplicationSet? set = null;
        var planned = request.Replications;
        var interrupted = false;
        (string, double)? widest = null;
        bool? reached = null;
        try
        {
            while (true)
            {
                var batch = Enumerable.Range(set?.Count ?? 0, planned - (set?.Count ?? 0)).ToList();
                UnitScheduler.Run(batch, request.Threads, (r, ct) => (Seed: Seeds.Replication(master, r), Result: RunUnit.Run(input, Seeds.Replication(master, r), ct)),
                    (r, done) =>
                    {
                        set ??= new ReplicationSet(done.Result.Metrics);
                        set.Add(r, done.Seed, done.Result.Table);
                        progress?.Invoke(set.Count, planned);
                    }, cancellation);
                if (request.Precision is not { } precision) break;
                (widest, reached) = Judge(set!, precision);
                if (reached == true || planned >= request.MaxReplications) break;
                planned = Math.Min(request.MaxReplications, planned + Math.Max(10, planned / 2));
            }
        }
        catch (OperationCanceledException)
        {
            interrupted = true;
            if (set is null || set.Count < 2) throw;
        }

        if (set is null) throw new InvalidOperationException("no replication completed");
        var target = request.OutputDirectory ?? Path.Combine("runs", $"{input.Name}-{master}-x{set.Count}");
        using var output = new AtomicDirectory(target);
        ReplicationWriter.WriteReplications(output.PathOf("replications.csv"), set);
        ReplicationWriter.WriteAggregate(output.PathOf("aggregate.csv"), set);
        JsonElement? precisionJson = request.Precision is { } pr
            ? JsonSerializer.SerializeToElement(new Dictionary<string, object?> { ["target"] = pr, ["reached"] = reached, ["widest_metric"] = widest?.Item1, ["widest_relative_half_width"] = widest?.Item2 })
            : null;
        ReplicationWriter.WriteSummary(output.PathOf("summary.json"), input.Name, scenario.Hash, master, set, precisionJson);
        new ExperimentManifest("replications", new JsonObject
        {
            ["scenario"] = request.Scenario,
            ["overrides"] = new JsonArray([.. request.Overrides.Select(o => (JsonNode?)o)]),
            ["master_seed"] = master,
            ["replications"] = request.Replications,
            ["precision"] = request.Precision,
            ["max_replications"] = request.MaxReplications,
        }, [scenario], request.Threads)
            .Set("status", interrupted ? "interrupted" : "complete")
            .Set("replications_completed", new JsonArray([.. set.Runs.Keys.Select(k => (JsonNode?)k)]))
            .Set("seeds", new JsonArray([.. set.Runs.Values.Select(v => (JsonNode?)v.Seed)]))
            .Set("timings_seconds", new JsonObject { ["total"] = Math.Round(clock.Elapsed.TotalSeconds, 3) })
            .WriteInto(output.WorkingPath);
        output.Commit();
        return new ReplicationResult(output.Target, scenario, set, set.WholeRunIntervals(), widest, reached, interrupted);
    }

    /// <summary>The headline metric with the widest relative interval, and whether all are within <paramref name="precision"/>.</summary>
    public static ((string Metric, double Relative) Widest, bool Reached) Judge(ReplicationSet set, double precision)
    {
        var intervals = set.WholeRunIntervals();
        (string Metric, double Relative) widest = ("", 0);
        foreach (var (name, _) in Headlines.All)
        {
            var m = IndexOf(set, name);
            if (m < 0) continue;
            // A metric that is zero in every replication is exactly known.
            var relative = intervals[m].Sd == 0 ? 0 : intervals[m].RelativeHalfWidth;
            if (relative > widest.Relative || widest.Metric.Length == 0) widest = (name, relative);
        }
        return (widest, widest.Relative <= precision);
    }

    private static int IndexOf(ReplicationSet set, string name)
    {
        for (var i = 0; i < set.Metrics.Count; i++) if (set.Metrics[i].Name == name) return i;
        return -1;
    }
}
