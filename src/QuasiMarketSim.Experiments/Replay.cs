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
/// <param name="Actual">SHA-256 of the rerun's file (null if it produced none).</param>
public sealed record ReplayCheck(string File, string Expected, string? Actual)
{
    /// <summary>True when the rerun produced the same bytes.</summary>
    public bool Identical => Expected == Actual;
}

/// <summary>
/// Reruns what a manifest records, from its fully resolved scenarios and arguments, in a temporary folder, and
/// compares every output with the SHA-256 the manifest holds. The temporary folder is removed afterwards.
/// </summary>
public static class Replay
{
    public static IReadOnlyList<ReplayCheck> Execute(string manifestPath, int threads, Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))?.AsObject()
            ?? throw new ArgumentException($"{manifestPath} is not a manifest (not a JSON object)");
        var kind = manifest["kind"]?.GetValue<string>() ?? throw new ArgumentException($"{manifestPath} has no \"kind\": it was not written by quasim");
        var expected = manifest["outputs_sha256"]?.AsObject() ?? throw new ArgumentException($"{manifestPath} lists no output hashes");
        var work = Path.Combine(Path.GetTempPath(), "quasim-replay-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var scenarios = kind == "run" ? [manifest["scenario"]!["resolved"]!] : manifest["scenarios"]!.AsArray().Select(s => s!["resolved"]!).ToList();
            var files = scenarios.Select((s, i) =>
            {
                var path = Path.Combine(work, $"scenario-{i}.json");
                File.WriteAllText(path, s.ToJsonString());
                return path;
            }).ToList();
            var output = Path.Combine(work, "out");
            var args = manifest["arguments"];
            switch (kind)
            {
                case "run":
                    RunExecutor.Execute(new RunRequest(files[0], [], Threads: threads, OutputDirectory: output), progress, cancellation);
                    break;
                case "replications":
                    ReplicationExperiment.Execute(new ReplicationRequest(files[0], [], args!["replications"]!.GetValue<int>(),
                        Precision: args["precision"]?.GetValue<double>(), MaxReplications: args["max_replications"]!.GetValue<int>(),
                        Threads: threads, OutputDirectory: output), progress, cancellation);
                    break;
                case "compare":
                    PairedComparison.Execute(new CompareRequest(files[0], [], files[1], [], args!["replications"]!.GetValue<int>(),
                        Threads: threads, OutputDirectory: output), progress, cancellation);
                    break;
                case "sweep":
                    var design = manifest["sweep_design"]!;
                    var sweepDesign = new SweepDesign(
                        [.. design["factors"]!.AsArray().Select(f => f!.GetValue<string>())],
                        [.. design["points"]!.AsArray().Select(p => p!.AsArray().Select(x => x!.GetValue<double>()).ToArray())],
                        design["replications"]!.GetValue<int>());
                    var scenario = ScenarioLoader.Load(files[0], []);
                    SweepExperiment.Run(new SweepRequest(files[0], [], Threads: threads, OutputDirectory: output), files[0], [], scenario,
                        sweepDesign, args!["design"]!.GetValue<string>(), progress, cancellation);
                    break;
                case "sensitivity":
                    var spec = manifest["sensitivity_spec"].Deserialize<SensitivitySpec>()!;
                    var loaded = ScenarioLoader.Load(files[0], []);
                    SensitivityRuns.SensitivityExperiment.Run(new SensitivityRuns.SensitivityRequest(files[0], args!["method"]!.GetValue<string>(), [],
                        Threads: threads, OutputDirectory: output), files[0], [], loaded, spec, progress, cancellation);
                    break;
                default:
                    throw new ArgumentException($"cannot replay a manifest of kind '{kind}'");
            }
            return [.. expected.Select(e => new ReplayCheck(e.Key, e.Value!.GetValue<string>(),
                File.Exists(Path.Combine(output, e.Key)) ? ResultsWriter.HashFile(Path.Combine(output, e.Key)) : null))];
        }
        catch (Exception e) when (e is JsonException or NullReferenceException or InvalidOperationException or FormatException)
        {
            throw new ArgumentException($"{manifestPath} is not a complete quasim manifest: {e.Message}");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
