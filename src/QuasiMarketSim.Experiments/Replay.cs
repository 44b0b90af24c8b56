using System.Text.Json;
using System.Text.Json.Nodes;
using QuasiMarketSim.Experiments.Comparison;
using QuasiMarketSim.Experiments.Replications;
using QuasiMarketSim.Experiments.Sweeps;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments;

/// <summary>One output file's check.</summary>
/// <param name="File">Output file name.</param>
/// <param name="Expected">SHA-256 in the manifest.</param>
/// <param name="Rerun">SHA-256 of the rerun's file (null if it produced none).</param>
/// <param name="OnDisk">SHA-256 of the file beside the manifest (null if it is missing).</param>
public sealed record ReplayCheck(string File, string Expected, string? Rerun, string? OnDisk)
{
    /// <summary>True when the rerun produced the recorded bytes and the recorded file is unaltered.</summary>
    public bool Identical => Expected == Rerun && Expected == OnDisk;

    /// <summary>The verdict in words.</summary>
    public string Verdict =>
        Identical ? "identical"
        : OnDisk is null ? "MISSING from the results folder"
        : OnDisk != Expected ? "ALTERED: the file differs from what the manifest recorded"
        : "DIFFERENT: the rerun made other bytes";
}

/// <summary>
/// Reruns what a manifest records, from its fully resolved scenarios and arguments, in a temporary folder, and
/// checks every output twice: the rerun's file against the SHA-256 the manifest holds (is the result reproducible?),
/// and the file in the results folder against it (is the recorded result the one that was made?). An interrupted
/// replication experiment replays the replications it recorded. The temporary folder is removed afterwards.
/// </summary>
public static class Replay
{
    /// <summary>The largest manifest read (a sweep's manifest holds its design points).</summary>
    private const long MaxManifestBytes = 256L << 20;

    /// <summary>Replays the manifest at <paramref name="manifestPath"/>; one check per recorded output.</summary>
    public static IReadOnlyList<ReplayCheck> Execute(string manifestPath, int threads, Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        var manifest = Read(manifestPath);
        var kind = Text(manifest, "kind", manifestPath);
        var expected = manifest["outputs_sha256"] as JsonObject ?? throw Bad(manifestPath, "outputs_sha256", "a list of output hashes");
        var hashes = expected.Select(e => (File: e.Key, Hash: e.Value is JsonValue v && v.TryGetValue<string>(out var h) ? h : throw Bad(manifestPath, $"outputs_sha256.{e.Key}",
            "a SHA-256 in hex"))).ToList();
        if (kind == "bench") throw new InputException($"{manifestPath}: bench timings depend on the machine and its load, so they cannot be replayed; rerun `quasim bench`");
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath)) ?? ".";
        var work = Path.Combine(Path.GetTempPath(), "quasim-replay-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var scenarios = kind == "run"
                ? [Node(manifest, "scenario.resolved", manifestPath)]
                : (manifest["scenarios"] as JsonArray ?? throw Bad(manifestPath, "scenarios", "a list of scenarios")).Select((s, i) => Node(s, "resolved", $"{manifestPath}: scenarios[{i}]")).ToList();
            var files = scenarios.Select((s, i) =>
            {
                var path = Path.Combine(work, $"scenario-{i}.json");
                File.WriteAllText(path, s.ToJsonString());
                return path;
            }).ToList();
            var output = Path.Combine(work, "out");
            var args = manifest["arguments"] as JsonObject;
            JsonObject Args() => args ?? throw Bad(manifestPath, "arguments", "the experiment's arguments");
            switch (kind)
            {
                case "run":
                    // A run that wrote per-area outputs (with --per-area, or because its scenario sets areas apart) writes them again.
                    RunExecutor.Execute(new RunRequest(files[0], [], Threads: threads, OutputDirectory: output, PerArea: hashes.Any(h => h.File == "areas.csv")),
                        progress, cancellation);
                    break;
                case "replications":
                    var completed = (manifest["replications_completed"] as JsonArray ?? throw Bad(manifestPath, "replications_completed", "the list of replications run"))
                        .Select((r, i) => Int(r, $"replications_completed[{i}]", manifestPath)).ToList();
                    ReplicationExperiment.Execute(new ReplicationRequest(files[0], [], Int(Args()["replications"], "arguments.replications", manifestPath),
                        Precision: Args()["precision"] is JsonValue p ? Number(p, "arguments.precision", manifestPath) : null,
                        MaxReplications: Int(Args()["max_replications"], "arguments.max_replications", manifestPath),
                        Threads: threads, OutputDirectory: output, Only: completed), progress, cancellation);
                    break;
                case "compare":
                    PairedComparison.Execute(new CompareRequest(files[0], [], files[^1], [], Int(Args()["replications"], "arguments.replications", manifestPath),
                        Threads: threads, OutputDirectory: output), progress, cancellation);
                    break;
                case "sweep":
                    if (Text(manifest, "status", manifestPath) != "complete")
                        throw new InputException($"{manifestPath}: the sweep was interrupted; finish it with `quasim sweep ... --resume` first, then replay it");
                    var design = manifest["sweep_design"] ?? throw Bad(manifestPath, "sweep_design", "the sweep's design");
                    SweepDesign sweepDesign;
                    try
                    {
                        sweepDesign = new SweepDesign(
                            [.. design["factors"]!.AsArray().Select(f => f!.GetValue<string>())],
                            [.. design["points"]!.AsArray().Select(p => p!.AsArray().Select(x => x!.GetValue<double>()).ToArray())],
                            design["replications"]!.GetValue<int>());
                    }
                    catch (Exception e) when (e is NullReferenceException or InvalidOperationException or FormatException)
                    {
                        throw Bad(manifestPath, "sweep_design", "factors, points and replications");
                    }
                    var sweepTemplate = ScenarioLoader.Template(files[0]);
                    var paths = design["paths"] is JsonValue kept && kept.TryGetValue<bool>(out var on) && on;
                    var parquet = Args()["parquet"] is JsonValue asked && asked.TryGetValue<bool>(out var yes) && yes;
                    SweepExperiment.Run(new SweepRequest(files[0], [], Threads: threads, OutputDirectory: output, Paths: paths, Parquet: parquet), sweepTemplate, [],
                        sweepTemplate.Load([]),
                        sweepDesign, Text(Args(), "design", manifestPath), progress, cancellation);
                    break;
                case "sensitivity":
                    SensitivitySpec spec;
                    try
                    {
                        spec = manifest["sensitivity_spec"].Deserialize<SensitivitySpec>() ?? throw Bad(manifestPath, "sensitivity_spec", "the analysis' design");
                    }
                    catch (JsonException)
                    {
                        throw Bad(manifestPath, "sensitivity_spec", "the analysis' design");
                    }
                    var sensitivityTemplate = ScenarioLoader.Template(files[0]);
                    SensitivityRuns.SensitivityExperiment.Run(new SensitivityRuns.SensitivityRequest(files[0], Text(Args(), "method", manifestPath), [],
                        Threads: threads, OutputDirectory: output), sensitivityTemplate, [], sensitivityTemplate.Load([]), spec, progress, cancellation);
                    break;
                case "calibrate":
                    if (Args()["synthetic_targets"] is JsonValue synthetic && synthetic.TryGetValue<bool>(out var made) && made)
                        throw new InputException($"{manifestPath}: this calibration fitted targets a test made, which the manifest does not hold; it cannot be replayed");
                    Calibration.CalibrationExperiment.Execute(new Calibration.CalibrationRequest(files[0], [],
                        Int(Args()["samples"], "arguments.samples", manifestPath), Int(Args()["replications"], "arguments.replications", manifestPath),
                        Texts(Args()["holdout"], "arguments.holdout", manifestPath) ?? [],
                        Texts(Args()["parameters"], "arguments.parameters", manifestPath), Threads: threads, OutputDirectory: output), progress, cancellation);
                    break;
                default:
                    throw Bad(manifestPath, "kind", "run, replications, compare, sweep, sensitivity or calibrate");
            }
            return [.. hashes.Select(e => new ReplayCheck(e.File, e.Hash, HashOrNull(Path.Combine(output, e.File)), HashOrNull(Path.Combine(folder, e.File))))];
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The manifest as a JSON object, or an <see cref="InputException"/> saying why it is not one.</summary>
    private static JsonObject Read(string path)
    {
        var text = ScenarioFiles.Read(path, out var error);
        var info = new FileInfo(path);
        if (text is null && error is not null && info.Exists && info.Length > ScenarioFiles.MaxBytes && info.Length <= MaxManifestBytes)
        {
            text = File.ReadAllText(path);
        }
        if (text is null) throw new InputException($"{path}: {error}");
        try
        {
            return JsonNode.Parse(text) as JsonObject is { } o && o["program"] is JsonValue p && p.TryGetValue<string>(out var program) && program == "quasim"
                ? o
                : throw new InputException($"{path} is not a quasim manifest (no \"program\": \"quasim\")");
        }
        catch (JsonException)
        {
            throw new InputException($"{path} is not a quasim manifest: it is not valid JSON");
        }
    }

    private static string? HashOrNull(string path) => File.Exists(path) ? ResultsWriter.HashFile(path) : null;

    private static InputException Bad(string manifest, string field, string expected) =>
        new($"{manifest} is not a complete quasim manifest: '{field}' should hold {expected}");

    private static string Text(JsonObject o, string field, string manifest) =>
        o[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw Bad(manifest, field, "text");

    private static int Int(JsonNode? node, string field, string manifest) =>
        node is JsonValue v && v.TryGetValue<int>(out var i) ? i : throw Bad(manifest, field, "a whole number");

    private static List<string>? Texts(JsonNode? node, string field, string manifest) => node switch
    {
        null => null,
        JsonArray a => [.. a.Select((x, i) => x is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw Bad(manifest, $"{field}[{i}]", "text"))],
        _ => throw Bad(manifest, field, "a list of names"),
    };

    private static double Number(JsonValue v, string field, string manifest) =>
        v.TryGetValue<double>(out var d) ? d : throw Bad(manifest, field, "a number");

    private static JsonNode Node(JsonNode? parent, string dotted, string manifest)
    {
        var node = parent;
        foreach (var part in dotted.Split('.')) node = node is JsonObject o ? o[part] : null;
        return node as JsonObject ?? throw Bad(manifest, dotted, "a resolved scenario");
    }
}
