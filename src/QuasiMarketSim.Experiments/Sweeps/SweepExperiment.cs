using System.Globalization;
using System.Text.Json.Nodes;
using QuasiMarketSim.Experiments.Execution;
using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;
using static QuasiMarketSim.Runners.ResultsWriter;

namespace QuasiMarketSim.Experiments.Sweeps;

/// <summary>The outcome of a sweep.</summary>
/// <param name="OutputDirectory">Where the results are.</param>
/// <param name="Units">Units (points x replications) in the design.</param>
/// <param name="RanNow">Units run by this call (the rest were already done).</param>
/// <param name="Complete">False when interrupted.</param>
/// <param name="Dropped">Damaged journal lines dropped on resuming (their units ran again).</param>
public sealed record SweepResult(string OutputDirectory, int Units, int RanNow, bool Complete, int Dropped = 0);

/// <summary>
/// Runs every (point, replication) of a scenario's sweep in parallel, streaming each result to a journal as it
/// completes (memory does not grow with the number of runs), and on completion writes sweep.csv (one tidy row per
/// point and replication, sorted) and points.csv (mean and 95% interval per point and metric). Each unit is a pure
/// function of (resolved scenario at the point, replication seed): the same seeds serve every point (common random
/// numbers across the sweep), and an interrupted sweep resumes without running any unit twice.
/// </summary>
public static class SweepExperiment
{
    private const string Journal = "sweep.journal.csv";
    private const string DesignFile = "design.json";

    /// <summary>Runs (or, with Resume, continues) the scenario's sweep block and writes its folder.</summary>
    public static SweepResult Execute(SweepRequest request, Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        var (template, baseOverrides, scenario, design, kind) = Prepare(request);
        return Run(request, template, baseOverrides, scenario, design, kind, progress, cancellation);
    }

    /// <summary>
    /// `--unit K`: runs unit <paramref name="unit"/> of the sweep alone into the shared folder's unit store (beside
    /// design.json), for a batch-array task; `--collect` assembles the folder later. Returns false when the unit was already stored.
    /// </summary>
    public static bool RunOneUnit(SweepRequest request, int unit, CancellationToken cancellation = default)
    {
        var (template, baseOverrides, scenario, design, _) = Prepare(request);
        var master = scenario.Input.Seed;
        DesignCheck.Validate(template, baseOverrides, design.Factors, design.Points, "sweep point");
        var units = design.Points.Length * design.Replications;
        if (unit < 0 || unit >= units)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--unit: expected a unit from 0 to {units - 1} (this sweep has {units}); got {unit}"));
        var directory = OutputFolder.CheckPath(request.OutputDirectory ?? throw new ArgumentException("--unit: give --out, the shared folder every unit of the sweep writes into"));
        SharedSweepFolder.Claim(directory, design.ToJson(scenario.Hash, master, request.Paths));
        var work = SweepUnits.Create(scenario.SourcePath, template, baseOverrides, design, master, request.Paths, scenario.Hash);
        var store = new UnitStore(directory);
        return !store.Has(work.Key(unit)) && store.Write(work.Key(unit), work.Run(unit, cancellation));
    }

    /// <summary>The scenario, its base overrides and the sweep design the request asks for.</summary>
    private static (ScenarioTemplate Template, IReadOnlyList<string> BaseOverrides, LoadedScenario Scenario, SweepDesign Design, string Kind) Prepare(SweepRequest request)
    {
        var path = ScenarioLocator.Resolve(request.Scenario);
        var baseOverrides = new RunRequest(request.Scenario, request.Overrides, request.Seed, request.Ticks).AllOverrides();
        var template = ScenarioLoader.Template(path);
        var scenario = template.Load(baseOverrides);
        var spec = scenario.Sweep ?? throw new ArgumentException($"{path} has no \"sweep\" block: add one, e.g. \"sweep\": {{ \"parameters\": [ {{ \"path\": "
            + $"\"commissioning.relational_mix\", \"values\": [0.2, 0.5, 0.8] }} ], \"replications\": 5 }}");
        return (template, baseOverrides, scenario, SweepDesign.From(spec, scenario.Input.Seed), spec.Design);
    }

    /// <summary>Runs a given design over the scenario <paramref name="template"/> (also used by replay).</summary>
    public static SweepResult Run(SweepRequest request, ScenarioTemplate template, IReadOnlyList<string> baseOverrides, LoadedScenario scenario, SweepDesign design,
        string designKind, Action<int, int>? progress, CancellationToken cancellation)
    {
        var master = scenario.Input.Seed;
        var metrics = MetricCatalog.For(scenario.Input.ServiceLines, scenario.Input.StaffCategories);
        DesignCheck.Validate(template, baseOverrides, design.Factors, design.Points, "sweep point");
        var directory = OutputFolder.CheckPath(request.OutputDirectory ?? Path.Combine("runs", $"sweep-{scenario.Input.Name}-{master}"));
        // One process at a time writes a sweep folder: a second sweep or --resume of it is refused, not interleaved.
        using var claim = OutputLock.Acquire(directory);
        if (request.Paths && design.Factors.Contains(Model.Parameters.RunFields.Ticks.Path))
            throw new ArgumentException("--paths: this sweep varies 'ticks', so its points have paths of different lengths; sweep without --paths, or fix ticks");
        int? pathTicks = request.Paths ? scenario.Input.Ticks : null;
        var designJson = design.ToJson(scenario.Hash, master, request.Paths);
        var units = design.Points.Length * design.Replications;
        if (PrepareDirectory(directory, designJson, request.Resume)) return new SweepResult(directory, units, 0, Complete: true);

        var header = SweepTables.JournalHeader(design, metrics, pathTicks);
        var manifest = new ExperimentManifest("sweep", new JsonObject
        {
            ["scenario"] = request.Scenario,
            ["overrides"] = new JsonArray([.. request.Overrides.Select(o => (JsonNode?)o)]),
            ["master_seed"] = master,
            ["design"] = designKind,
            ["points"] = design.Points.Length,
            ["replications"] = design.Replications,
            ["paths"] = request.Paths,
            ["parquet"] = request.Parquet,
        }, [scenario], request.Threads).Set("sweep_design", JsonNode.Parse(designJson));
        int ranNow = 0, dropped;
        using (var journal = SweepJournal.Open(Path.Combine(directory, Journal), header, design, master))
        {
            dropped = journal.Dropped;
            var todo = Enumerable.Range(0, units).Where(u => !journal.Done.Contains((u / design.Replications, u % design.Replications))).ToList();
            var done = units - todo.Count;
            try
            {
                var work = SweepUnits.Create(scenario.SourcePath, template, baseOverrides, design, master, request.Paths, scenario.Hash);
                (request.Executor ?? LocalExecutor.Instance).Run(work, Path.GetFullPath(directory), todo, UnitScheduler.Concurrency(request.Threads, scenario.Input),
                    (u, line) =>
                    {
                        journal.Append(line);
                        ranNow++;
                        progress?.Invoke(++done, units);
                    }, cancellation);
            }
            catch (OperationCanceledException)
            {
                manifest.Set("status", "interrupted").Set("units", units).Set("units_completed", done);
                WriteManifestOnly(manifest, directory);
                throw;
            }
        }
        SweepTables.Write(directory, Path.Combine(directory, Journal), design, metrics, pathTicks, request.Parquet);
        WriteSummary(Path.Combine(directory, "summary.json"), scenario, design, metrics);
        manifest.Set("status", "complete").Set("units", units).Set("units_completed", units);
        WriteManifestOnly(manifest, directory);
        // Units gathered from a store (--collect, a cluster) are in the tables now; the store is the program's own to remove.
        new UnitStore(directory).Remove();
        return new SweepResult(directory, units, ranNow, Complete: true, dropped);
    }

    /// <summary>
    /// Makes or checks the sweep folder. Returns true when it holds this sweep already finished (nothing to run).
    /// A folder holding anything but a sweep is refused: a sweep never writes into a folder it did not make.
    /// </summary>
    private static bool PrepareDirectory(string directory, string designJson, bool resume)
    {
        var designPath = Path.Combine(directory, DesignFile);
        if (Directory.Exists(directory) && File.Exists(designPath))
        {
            if (!resume)
                throw new ArgumentException($"{directory} already holds a sweep: add --resume to continue it, or choose another --out");
            if (File.ReadAllText(designPath) != designJson)
                throw new ArgumentException($"{directory} holds a different sweep (another scenario, seed, design, or --paths): it cannot be resumed with these arguments");
            return File.Exists(Path.Combine(directory, "summary.json")) && !File.Exists(Path.Combine(directory, Journal));
        }
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
            throw new ArgumentException($"{directory} exists and is not a sweep folder: choose another --out (quasim never writes into a folder it did not make)");
        Directory.CreateDirectory(directory);
        var temp = designPath + ".tmp";
        File.WriteAllText(temp, designJson);
        File.Move(temp, designPath, overwrite: true);
        return false;
    }

    /// <summary>summary.json: what the sweep varied and, for each metric, its label, unit and kind, with the headline list.</summary>
    private static void WriteSummary(string path, LoadedScenario scenario, SweepDesign design, IReadOnlyList<MetricInfo> metrics)
    {
        var temp = path + ".tmp";
        using (var stream = File.Create(temp))
        using (var json = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("scenario", scenario.Input.Name);
            json.WriteString("scenario_hash", scenario.Hash);
            json.WriteNumber("points", design.Points.Length);
            json.WriteNumber("replications", design.Replications);
            json.WriteStartArray("factors");
            foreach (var f in design.Factors) json.WriteStringValue(f);
            json.WriteEndArray();
            WriteHeadlines(json, metrics);
            WriteMetricIdentities(json, metrics);
            json.WriteEndObject();
        }
        File.Move(temp, path, overwrite: true);
    }

    private static void WriteManifestOnly(ExperimentManifest manifest, string directory) => manifest.WriteInto(directory);

}
