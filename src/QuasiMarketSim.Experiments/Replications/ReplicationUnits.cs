using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using QuasiMarketSim.Core.Recording;
using QuasiMarketSim.Experiments.Execution;
using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.Replications;

/// <summary>
/// A replication experiment's units for executors other than this machine's threads: unit r is replication r, run
/// with its derived seed; its result is the whole metric table as text, every value written so it reads back to the
/// same double ("R"), so the outputs assembled from it are the local run's bytes.
/// </summary>
public sealed class ReplicationUnits : IUnitWork
{
    /// <summary>The kind name in specs.</summary>
    public const string KindName = "replications";

    private readonly SpecData _data;

    private ReplicationUnits(SpecData data, LoadedScenario scenario)
    {
        _data = data;
        Scenario = scenario;
        Metrics = MetricCatalog.For(scenario.Input.ServiceLines, scenario.Input.StaffCategories);
        Spec = JsonSerializer.Serialize(data, Json);
    }

    /// <summary>The scenario, resolved.</summary>
    public LoadedScenario Scenario { get; }

    /// <summary>The metrics, in column order.</summary>
    public IReadOnlyList<MetricInfo> Metrics { get; }

    /// <inheritdoc />
    public string Kind => KindName;

    /// <inheritdoc />
    public string Spec { get; }

    /// <inheritdoc />
    public int Units => _data.Units;

    /// <summary>Replications 0 to <paramref name="units"/> - 1 of <paramref name="scenario"/> loaded with <paramref name="overrides"/>.</summary>
    public static ReplicationUnits Create(LoadedScenario scenario, IReadOnlyList<string> overrides, int units) =>
        new(new SpecData(Path.GetFullPath(scenario.SourcePath), [.. overrides], scenario.Input.Seed, scenario.Hash, units), scenario);

    /// <summary>Rebuilds units from <see cref="Spec"/>; refuses when the scenario file no longer gives the hash it had when submitted.</summary>
    public static ReplicationUnits FromSpec(string spec)
    {
        var data = JsonSerializer.Deserialize<SpecData>(spec, Json) ?? throw new ArgumentException("replications spec: empty");
        var scenario = ScenarioLoader.Load(data.Scenario, data.Overrides);
        if (scenario.Hash != data.ScenarioHash)
            throw new ArgumentException($"{data.Scenario} is not the scenario these replications were submitted with: every node must see the same file");
        return new ReplicationUnits(data, scenario);
    }

    /// <summary>The seed of replication <paramref name="unit"/>.</summary>
    public ulong Seed(int unit) => Seeds.Replication(_data.MasterSeed, unit);

    /// <inheritdoc />
    public string Key(int unit) => string.Create(CultureInfo.InvariantCulture, $"r{unit}-s{Seed(unit)}");

    /// <inheritdoc />
    public string Run(int unit, CancellationToken cancellation)
    {
        var (table, metrics) = RunUnit.Run(Scenario.Input, Seed(unit), cancellation);
        return Write(table, metrics);
    }

    /// <summary>A run's metric table as a unit's result (every value "R", so it reads back to the same double).</summary>
    internal static string Write(MetricTable table, IReadOnlyList<MetricInfo> metrics)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', metrics.Select(m => m.Name)).Append('\n');
        foreach (var row in table.Rows) text.AppendJoin(',', row.Select(v => v.ToString("R", CultureInfo.InvariantCulture))).Append('\n');
        return text.ToString();
    }

    /// <summary>The metric table a unit's result holds.</summary>
    public MetricTable Parse(string result) => Read(result, Metrics);

    /// <summary>The metric table a unit's result holds, refused unless its columns are <paramref name="metrics"/>.</summary>
    internal static MetricTable Read(string result, IReadOnlyList<MetricInfo> metrics)
    {
        var lines = result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var columns = lines[0].Split(',');
        if (!columns.SequenceEqual(metrics.Select(m => m.Name))) throw new InvalidDataException("a replication's result has other metrics than this scenario's");
        var table = new MetricTable(columns, lines.Length - 1);
        foreach (var line in lines.Skip(1)) table.Add([.. line.Split(',').Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture))]);
        return table;
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private sealed record SpecData(string Scenario, string[] Overrides, [property: JsonPropertyName("master_seed")] ulong MasterSeed,
        [property: JsonPropertyName("scenario_hash")] string ScenarioHash, int Units);
}
