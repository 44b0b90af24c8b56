using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuasiMarketSim.Runners;

/// <summary>How a run was made: program, scenario (fully resolved, with its hash), seed, threads, machine, timings, outputs.</summary>
/// <param name="Source">Scenario file the run started from.</param>
/// <param name="ResolvedScenario">The fully resolved scenario (JSON).</param>
/// <param name="ScenarioHash">SHA-256 of <paramref name="ResolvedScenario"/>.</param>
/// <param name="Overrides">Overrides given on the command line.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Threads">Threads used.</param>
/// <param name="Patients">Patients simulated.</param>
/// <param name="StartedUtc">When the run started (for the record; the model never reads the clock).</param>
/// <param name="Timings">Seconds spent building, running and writing.</param>
/// <param name="OutputHashes">SHA-256 of each output file.</param>
public sealed record RunManifest(
    string Source,
    string ResolvedScenario,
    string ScenarioHash,
    IReadOnlyList<string> Overrides,
    ulong Seed,
    int Threads,
    int Patients,
    DateTimeOffset StartedUtc,
    IReadOnlyDictionary<string, double> Timings,
    IReadOnlyDictionary<string, string> OutputHashes)
{
    /// <summary>Writes the manifest as indented JSON.</summary>
    public void Write(string path)
    {
        var root = new JsonObject
        {
            ["program"] = "quasim",
            ["version"] = BuildInfo.Version,
            ["commit"] = BuildInfo.Commit,
            ["kind"] = "run",
            ["scenario"] = new JsonObject
            {
                ["source"] = Source,
                ["hash"] = ScenarioHash,
                ["overrides"] = new JsonArray([.. Overrides.Select(o => (JsonNode?)JsonValue.Create(o))]),
                ["resolved"] = JsonNode.Parse(ResolvedScenario),
            },
            ["seed"] = Seed,
            ["threads"] = Threads,
            ["patients"] = Patients,
            ["machine"] = new JsonObject
            {
                ["os"] = RuntimeInformation.OSDescription,
                ["architecture"] = RuntimeInformation.OSArchitecture.ToString(),
                ["cores"] = Environment.ProcessorCount,
                ["runtime"] = RuntimeInformation.FrameworkDescription,
                ["patient_kernel"] = Model.Simulation.PatientKernel,
            },
            ["started_utc"] = StartedUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["timings_seconds"] = new JsonObject([.. Timings.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)JsonValue.Create(Math.Round(t.Value, 3))))]),
            ["outputs_sha256"] = new JsonObject([.. OutputHashes.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)JsonValue.Create(h.Value)))]),
        };
        File.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
