using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using QuasiMarketSim.Experiments.Execution;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.SensitivityRuns;

/// <summary>
/// A sensitivity analysis's runs for executors other than this machine's threads, numbered as locally: unit u is
/// design point u / R, replication u % R. The design is generated once, by the submitter, and shipped as each point's
/// overrides, so a worker never regenerates it. A unit's result is the analysed metrics' whole-run values, each "R".
/// </summary>
public sealed class SensitivityUnits : IUnitWork
{
    /// <summary>The kind name in specs.</summary>
    public const string KindName = "sensitivity";

    private readonly SpecData _data;
    private readonly ScenarioTemplate _template;

    private SensitivityUnits(SpecData data, ScenarioTemplate template)
    {
        (_data, _template) = (data, template);
        Spec = JsonSerializer.Serialize(data, Json);
    }

    /// <inheritdoc />
    public string Kind => KindName;

    /// <inheritdoc />
    public string Spec { get; }

    /// <inheritdoc />
    public int Units => _data.Points.Length * _data.Replications;

    /// <summary>The runs of <paramref name="points"/> (each point's factor overrides) x <paramref name="replications"/>, analysing <paramref name="metrics"/>.</summary>
    public static SensitivityUnits Create(ScenarioTemplate template, LoadedScenario scenario, IReadOnlyList<string> baseOverrides, string[][] points, int replications,
        IReadOnlyList<string> metrics) =>
        new(new SpecData(Path.GetFullPath(scenario.SourcePath), [.. baseOverrides], scenario.Hash, scenario.Input.Seed, replications, points, [.. metrics]), template);

    /// <summary>Rebuilds the runs from <see cref="Spec"/>; refuses when the scenario file no longer gives the hash it had when submitted.</summary>
    public static SensitivityUnits FromSpec(string spec)
    {
        var data = JsonSerializer.Deserialize<SpecData>(spec, Json) ?? throw new ArgumentException("sensitivity spec: empty");
        var template = ScenarioLoader.Template(data.Scenario);
        if (template.Load(data.Overrides).Hash != data.ScenarioHash)
            throw new ArgumentException($"{data.Scenario} is not the scenario this sensitivity analysis was submitted with: every node must see the same file");
        return new SensitivityUnits(data, template);
    }

    /// <summary>The seed of run <paramref name="unit"/> (its replication's, the same at every point).</summary>
    public ulong Seed(int unit) => Seeds.Replication(_data.MasterSeed, unit % _data.Replications);

    /// <inheritdoc />
    public string Key(int unit) => string.Create(CultureInfo.InvariantCulture, $"p{unit / _data.Replications}-r{unit % _data.Replications}-s{Seed(unit)}");

    /// <inheritdoc />
    public string Run(int unit, CancellationToken cancellation) =>
        string.Join(',', Values(_template, _data.Overrides, _data.Points[unit / _data.Replications], Seed(unit), _data.Metrics, cancellation)
            .Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>The analysed metrics' values a unit's result holds.</summary>
    public static double[] Parse(string result) => [.. result.Split(',').Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture))];

    /// <summary>One run's whole-run value of each of <paramref name="metrics"/> (what the local analysis computes per run).</summary>
    internal static double[] Values(ScenarioTemplate template, IReadOnlyList<string> baseOverrides, IEnumerable<string> point, ulong seed, IReadOnlyList<string> metrics,
        CancellationToken cancellation)
    {
        var at = template.Load([.. baseOverrides, .. point]);
        var (table, all) = RunUnit.Run(at.Input, seed, cancellation);
        var whole = RunUnit.WholeRun(table, all);
        var names = all.Select(m => m.Name).ToList();
        return [.. metrics.Select(name => whole[names.IndexOf(name)])];
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private sealed record SpecData(string Scenario, string[] Overrides, [property: JsonPropertyName("scenario_hash")] string ScenarioHash,
        [property: JsonPropertyName("master_seed")] ulong MasterSeed, int Replications, string[][] Points, string[] Metrics);
}
