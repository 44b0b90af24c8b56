using System.Diagnostics;
using QuasiMarketSim.Model;
using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Runners;

/// <summary>The outcome of a finished run.</summary>
/// <param name="OutputDirectory">Where the results are.</param>
/// <param name="Scenario">The loaded scenario.</param>
/// <param name="Seed">Seed used.</param>
/// <param name="Summary">Per-metric aggregates.</param>
/// <param name="RunSeconds">Seconds spent in the tick loop.</param>
/// <param name="Patients">Patients simulated.</param>
public sealed record RunResult(
    string OutputDirectory,
    LoadedScenario Scenario,
    ulong Seed,
    IReadOnlyList<(MetricInfo Metric, MetricSummary Summary)> Summary,
    double RunSeconds,
    int Patients)
{
    /// <summary>Each area's aggregates, when per-area outputs were written (areas.csv); else null.</summary>
    public IReadOnlyList<AreaSummary>? Areas { get; init; }
}

/// <summary>Loads a scenario, runs it, and writes its results folder atomically.</summary>
public static class RunExecutor
{
    private static readonly System.Text.Json.JsonSerializerOptions AnatomyJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>
    /// The default results folder: runs/&lt;scenario&gt;-&lt;seed&gt;, with the first 8 characters of the resolved scenario's
    /// hash appended when --set changed it, so a what-if never overwrites the plain run.
    /// </summary>
    public static string DefaultOutputDirectory(string scenarioName, ulong seed, string? changedHash = null) =>
        Path.Combine("runs", changedHash is null ? $"{scenarioName}-{seed}" : $"{scenarioName}-{seed}-set-{changedHash[..8]}");

    /// <summary>
    /// Loads the scenario (throwing <see cref="ScenarioLoadException"/> with every problem when it is invalid),
    /// runs it, and writes ticks.csv, summary.json, anatomy.json and manifest.json, and areas.csv when the scenario has an
    /// "areas" list or <see cref="RunRequest.PerArea"/> asks for it.
    /// </summary>
    public static RunResult Execute(RunRequest request, Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Threads, 1);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var overrides = request.AllOverrides();
        var scenario = ScenarioLoader.Load(ScenarioLocator.Resolve(request.Scenario), overrides);
        var input = scenario.Input;
        // The results folder is checked and claimed before any work, so a folder that cannot be used costs nothing.
        using var output = new AtomicDirectory(request.OutputDirectory ?? DefaultOutputDirectory(input.Name, input.Seed, request.Overrides.Count > 0 ? scenario.Hash : null));
        // Per-area outputs when the scenario sets areas apart, or when asked: a national run with thousands of areas does
        // not pay for them unless it wants them.
        var perArea = request.PerArea || input.Areas.Count > 0;
        using var simulation = Simulation.Create(input, input.Seed, request.Threads, perArea);
        var buildSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var table = simulation.Run(progress, cancellation);
        var runSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var summary = Summary.Of(table, simulation.Metrics);
        ResultsWriter.WriteTicks(output.PathOf("ticks.csv"), table);
        var areas = simulation.AreaResults is { } perAreaResults ? Summary.OfAreas(perAreaResults) : null;
        ResultsWriter.WriteSummary(output.PathOf("summary.json"), input.Name, scenario.Hash, input.Seed, input.Ticks, summary, areas);
        File.WriteAllText(output.PathOf("anatomy.json"), System.Text.Json.JsonSerializer.Serialize(Anatomy.Of(simulation), AnatomyJson) + "\n");
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["ticks.csv"] = ResultsWriter.HashFile(output.PathOf("ticks.csv")),
            ["summary.json"] = ResultsWriter.HashFile(output.PathOf("summary.json")),
            ["anatomy.json"] = ResultsWriter.HashFile(output.PathOf("anatomy.json")),
        };
        if (simulation.AreaResults is { } areaResults)
        {
            ResultsWriter.WriteAreas(output.PathOf("areas.csv"), areaResults);
            hashes["areas.csv"] = ResultsWriter.HashFile(output.PathOf("areas.csv"));
        }
        var timings = new Dictionary<string, double>
        {
            ["build"] = buildSeconds,
            ["run"] = runSeconds,
            ["write"] = clock.Elapsed.TotalSeconds,
        };
        new RunManifest(scenario.SourcePath, scenario.ResolvedJson, scenario.Hash, overrides, input.Seed, request.Threads,
            simulation.PatientCount, started, timings, hashes).Write(output.PathOf("manifest.json"));
        output.Commit();
        return new RunResult(output.Target, scenario, input.Seed, summary, runSeconds, simulation.PatientCount) { Areas = areas };
    }
}
