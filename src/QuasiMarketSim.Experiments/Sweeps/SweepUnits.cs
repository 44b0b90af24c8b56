using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using QuasiMarketSim.Experiments.Execution;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;
using static QuasiMarketSim.Runners.ResultsWriter;

namespace QuasiMarketSim.Experiments.Sweeps;

/// <summary>
/// A sweep's units: unit u is point u / replications at replication u % replications, run with that replication's
/// seed (common random numbers across points), giving one journal line. Rebuildable from its spec, so any process
/// that sees the scenario file computes the same line.
/// </summary>
public sealed class SweepUnits : IUnitWork
{
    /// <summary>The kind name in specs.</summary>
    public const string KindName = "sweep";

    private readonly SpecData _data;
    private readonly ScenarioTemplate _template;

    private SweepUnits(SpecData data, ScenarioTemplate template)
    {
        _data = data;
        _template = template;
        Design = new SweepDesign(data.Factors, data.Points, data.Replications);
        Spec = JsonSerializer.Serialize(data, Json);
    }

    /// <summary>The design.</summary>
    public SweepDesign Design { get; }

    /// <inheritdoc />
    public string Kind => KindName;

    /// <inheritdoc />
    public string Spec { get; }

    /// <inheritdoc />
    public int Units => Design.Points.Length * Design.Replications;

    /// <summary>The units of <paramref name="design"/> over the scenario at <paramref name="scenarioPath"/> with <paramref name="baseOverrides"/>.</summary>
    public static SweepUnits Create(string scenarioPath, ScenarioTemplate template, IReadOnlyList<string> baseOverrides, SweepDesign design, ulong master, bool paths,
        string scenarioHash) =>
        new(new SpecData(Path.GetFullPath(scenarioPath), [.. baseOverrides], [.. design.Factors], design.Points, design.Replications, master, paths, scenarioHash), template);

    /// <summary>Rebuilds units from <see cref="Spec"/>; refuses when the scenario file no longer gives the hash it had when submitted.</summary>
    public static SweepUnits FromSpec(string spec)
    {
        var data = JsonSerializer.Deserialize<SpecData>(spec, Json) ?? throw new ArgumentException("sweep spec: empty");
        var template = ScenarioLoader.Template(data.Scenario);
        var hash = template.Load(data.Overrides).Hash;
        if (hash != data.ScenarioHash)
            throw new ArgumentException($"{data.Scenario} is not the scenario this sweep was submitted with (hash {hash}, expected {data.ScenarioHash}): every node must see the same file");
        return new SweepUnits(data, template);
    }

    /// <inheritdoc />
    public string Key(int unit)
    {
        var (point, replication) = (unit / Design.Replications, unit % Design.Replications);
        return string.Create(CultureInfo.InvariantCulture, $"p{point}-r{replication}-s{Seeds.Replication(_data.MasterSeed, replication)}");
    }

    /// <summary>
    /// One unit: the scenario at the point, run with the replication's seed, as a journal line of whole-run values
    /// (followed, with paths, by every month's values, month by month).
    /// </summary>
    public string Run(int unit, CancellationToken cancellation)
    {
        var point = unit / Design.Replications;
        var replication = unit % Design.Replications;
        var seed = Seeds.Replication(_data.MasterSeed, replication);
        var at = _template.Load([.. _data.Overrides, .. Design.Overrides(point)]);
        var (table, metrics) = RunUnit.Run(at.Input, seed, cancellation);
        var values = RunUnit.WholeRun(table, metrics);
        return CsvWriter.Line([point.ToString(CultureInfo.InvariantCulture), replication.ToString(CultureInfo.InvariantCulture), seed.ToString(CultureInfo.InvariantCulture),
            .. Design.Points[point].Select(Format), .. values.Select(Format), .. _data.Paths ? table.Rows.SelectMany(row => row.Select(Format)) : []]);
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The spec's fields (points as written by System.Text.Json, which round-trips doubles).</summary>
    private sealed record SpecData(string Scenario, string[] Overrides, string[] Factors, double[][] Points, int Replications,
        [property: JsonPropertyName("master_seed")] ulong MasterSeed, bool Paths, [property: JsonPropertyName("scenario_hash")] string ScenarioHash);
}
