using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuasiMarketSim.Experiments.Statistics;
using QuasiMarketSim.Model.Metrics;
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
        Check(request);
        var clock = Stopwatch.StartNew();
        var scenario = ScenarioLoader.Load(ScenarioLocator.Resolve(request.Scenario), new RunRequest(request.Scenario, request.Overrides, request.Seed, request.Ticks).AllOverrides());
        var input = scenario.Input;
        var master = input.Seed;
        using var output = new AtomicDirectory(request.OutputDirectory ?? DefaultOutputDirectory(input.Name, master, request));
        using var set = new ReplicationSet(output.PathOf("replications.csv"));
        var threads = UnitScheduler.Concurrency(request.Threads, input);
        var planned = request.Only?.Count ?? request.Replications;
        var interrupted = false;
        (string, double)? widest = null;
        bool? reached = null;
        try
        {
            while (true)
            {
                var batch = request.Only ?? [.. Enumerable.Range(set.Count, planned - set.Count)];
                set.Plan(batch);
                if (request.Executor is { } executor)
                    RunElsewhere(executor, scenario, request, output.Target, batch, threads, set, () => progress?.Invoke(set.Count, planned), cancellation);
                else
                {
                    UnitScheduler.Run(batch, threads, (r, ct) =>
                        {
                            var seed = Seeds.Replication(master, r);
                            var (table, metrics) = RunUnit.Run(input, seed, ct);
                            return (Seed: seed, Table: table, Metrics: metrics);
                        },
                        (r, done) =>
                        {
                            set.Add(r, done.Seed, done.Table, done.Metrics);
                            progress?.Invoke(set.Count, planned);
                        }, cancellation);
                }
                if (request.Precision is not { } precision) break;
                (widest, reached) = Judge(set, precision);
                if (reached == true || planned >= request.MaxReplications || request.Only is not null) break;
                planned = Math.Min(request.MaxReplications, planned + Math.Max(10, planned / 2));
            }
        }
        catch (OperationCanceledException)
        {
            interrupted = true;
            set.FlushWaiting();
            if (set.Count < 2) throw;
        }
        set.Close();

        ReplicationWriter.WriteAggregate(output.PathOf("aggregate.csv"), set);
        JsonElement? precisionJson = request.Precision is { } pr
            ? JsonSerializer.SerializeToElement(new Dictionary<string, object?>
            {
                ["target"] = pr, ["reached"] = reached, ["widest_metric"] = widest?.Item1, ["widest_relative_half_width"] = widest?.Item2,
            })
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
            .Set("replications_completed", new JsonArray([.. set.Replications.Select(k => (JsonNode?)k)]))
            .Set("seeds", new JsonArray([.. set.Seeds.Select(v => (JsonNode?)v)]))
            .Set("timings_seconds", new JsonObject { ["total"] = Math.Round(clock.Elapsed.TotalSeconds, 3) })
            .WriteInto(output.WorkingPath);
        output.Commit();
        if (request.Executor is not null) RemoveStore(output.Target);
        return new ReplicationResult(output.Target, scenario, set, set.WholeRunIntervals(), widest, reached, interrupted);
    }

    /// <summary>
    /// Runs a batch on another executor (a cluster). Its unit store is a hidden folder beside the output folder, at a
    /// path that does not change between attempts (the output is assembled in a fresh temporary folder each time), so a
    /// reattached or resubmitted experiment finds the replications already stored.
    /// </summary>
    private static void RunElsewhere(Execution.IUnitExecutor executor, LoadedScenario scenario, ReplicationRequest request, string target, IReadOnlyList<int> batch,
        int threads, ReplicationSet set, Action reported, CancellationToken cancellation)
    {
        if (request.Precision is not null) throw new ArgumentException("--precision: replications with a precision target run on this machine only (the count is not known in advance)");
        var work = ReplicationUnits.Create(scenario, new RunRequest(request.Scenario, request.Overrides, request.Seed, request.Ticks).AllOverrides(), batch.Max() + 1);
        executor.Run(work, StorePath(target), batch, threads, (r, result) =>
        {
            set.Add(r, work.Seed(r), work.Parse(result), work.Metrics);
            reported();
        }, cancellation);
    }

    /// <summary>The unit store of an experiment run elsewhere whose outputs go to <paramref name="target"/>: beside it, hidden.</summary>
    internal static string StorePath(string target) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".", $".{Path.GetFileName(target)}.units");

    /// <summary>Removes that store once the outputs are written.</summary>
    internal static void RemoveStore(string target)
    {
        var store = StorePath(target);
        new Execution.UnitStore(store).Remove();
        if (Directory.Exists(store) && !Directory.EnumerateFileSystemEntries(store).Any()) Directory.Delete(store);
    }

    /// <summary>The default folder: runs/NAME-SEED-xN, or runs/NAME-SEED-pP with a precision target (whose count is not known in advance).</summary>
    private static string DefaultOutputDirectory(string name, ulong master, ReplicationRequest request) => Path.Combine("runs",
        request.Precision is { } p && request.Only is null
            ? string.Create(CultureInfo.InvariantCulture, $"{name}-{master}-p{p:R}")
            : string.Create(CultureInfo.InvariantCulture, $"{name}-{master}-x{request.Only?.Count ?? request.Replications}"));

    /// <summary>Refuses requests that cannot give an interval or could not finish (an input problem: nothing is run).</summary>
    public static void Check(ReplicationRequest request)
    {
        var count = request.Only?.Count ?? request.Replications;
        if (count is < 2 or > ReplicationRequest.MaxAllowed)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--replications: expected a whole number from 2 to {ReplicationRequest.MaxAllowed:N0} (an interval needs "
                + $"at least 2); got {count}"));
        if (request.Precision is { } p && !(p > 0 && p <= 1))
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--precision: expected a fraction above 0 and at most 1 (e.g. 0.02); got {p}"));
        if (request.Precision is not null && request.Only is null && (request.MaxReplications < request.Replications || request.MaxReplications > ReplicationRequest.MaxAllowed))
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--max-replications: expected a whole number from --replications ({request.Replications}) to "
                + $"{ReplicationRequest.MaxAllowed:N0}; got {request.MaxReplications}"));
        if (request.Only is { } only && only.Distinct().Count() != only.Count)
            throw new ArgumentException("the replications to run are listed more than once");
    }

    /// <summary>The headline metric with the widest relative interval, and whether all are within <paramref name="precision"/>.</summary>
    public static ((string Metric, double Relative) Widest, bool Reached) Judge(ReplicationSet set, double precision)
    {
        var intervals = set.WholeRunIntervals();
        (string Metric, double Relative) widest = ("", 0);
        foreach (var name in MetricCatalog.Headlines.Select(h => h.Name))
        {
            var m = set.IndexOf(name);
            if (m < 0) continue;
            // A metric that is zero in every replication is exactly known.
            var relative = intervals[m].Sd == 0 ? 0 : intervals[m].RelativeHalfWidth;
            if (relative > widest.Relative || widest.Metric.Length == 0) widest = (name, relative);
        }
        return (widest, widest.Relative <= precision);
    }
}
