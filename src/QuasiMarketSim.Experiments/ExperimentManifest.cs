using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments;

/// <summary>
/// What an experiment did, enough to redo it: kind, arguments, every scenario fully resolved with its hash, seeds,
/// threads, machine, timings, status and the SHA-256 of every output (read by `quasim replay`).
/// </summary>
public sealed class ExperimentManifest
{
    private readonly JsonObject _root;

    /// <summary>Starts a manifest for an experiment of <paramref name="kind"/> ("replications", "compare", "sweep", "sensitivity").</summary>
    public ExperimentManifest(string kind, JsonObject arguments, IReadOnlyList<LoadedScenario> scenarios, int threads)
    {
        _root = new JsonObject
        {
            ["program"] = "quasim",
            ["version"] = BuildInfo.Version,
            ["commit"] = BuildInfo.Commit,
            ["kind"] = kind,
            ["arguments"] = arguments,
            ["scenarios"] = new JsonArray([.. scenarios.Select(s => (JsonNode?)new JsonObject
            {
                ["name"] = s.Input.Name,
                ["source"] = s.SourcePath,
                ["hash"] = s.Hash,
                ["resolved"] = JsonNode.Parse(s.ResolvedJson),
            })]),
            ["threads"] = threads,
            ["machine"] = new JsonObject
            {
                ["os"] = RuntimeInformation.OSDescription,
                ["cores"] = Environment.ProcessorCount,
                ["runtime"] = RuntimeInformation.FrameworkDescription,
            },
            ["started_utc"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Sets a field (status, completed units, timings, ...).</summary>
    public ExperimentManifest Set(string key, JsonNode? value)
    {
        _root[key] = value;
        return this;
    }

    /// <summary>Hashes every output file in <paramref name="directory"/> (but the manifest and hidden files) and writes manifest.json there.</summary>
    public void WriteInto(string directory)
    {
        var hashes = new JsonObject();
        foreach (var file in Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            // Hidden files are quasim's own bookkeeping (the temporary folder's marker, a lock), not outputs.
            if (file is null || file == "manifest.json" || file.StartsWith('.')) continue;
            hashes[file] = ResultsWriter.HashFile(Path.Combine(directory, file));
        }
        _root["outputs_sha256"] = hashes;
        File.WriteAllText(Path.Combine(directory, "manifest.json"), _root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
