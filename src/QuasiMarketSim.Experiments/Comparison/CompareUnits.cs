using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using QuasiMarketSim.Core.Recording;
using QuasiMarketSim.Experiments.Execution;
using QuasiMarketSim.Experiments.Replications;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.Comparison;

/// <summary>
/// A comparison's runs for executors other than this machine's threads, numbered as <see cref="PairedComparison"/>
/// numbers them: 0..n-1 A, n..2n-1 B with the same seeds, 2n..3n-1 B with independent seeds. A unit's result is its
/// whole metric table as text (the replications' format), so the outputs assembled from it are the local run's bytes.
/// </summary>
public sealed class CompareUnits : IUnitWork
{
    /// <summary>The kind name in specs.</summary>
    public const string KindName = "compare";

    private readonly SpecData _data;

    private CompareUnits(SpecData data, LoadedScenario a, LoadedScenario b)
    {
        _data = data;
        (A, B) = (a, b);
        MetricsA = MetricCatalog.For(a.Input.ServiceLines, a.Input.StaffCategories);
        MetricsB = MetricCatalog.For(b.Input.ServiceLines, b.Input.StaffCategories);
        Spec = JsonSerializer.Serialize(data, Json);
    }

    /// <summary>Arm A, resolved.</summary>
    public LoadedScenario A { get; }

    /// <summary>Arm B, resolved.</summary>
    public LoadedScenario B { get; }

    /// <summary>A's metrics, in column order.</summary>
    public IReadOnlyList<MetricInfo> MetricsA { get; }

    /// <summary>B's metrics, in column order.</summary>
    public IReadOnlyList<MetricInfo> MetricsB { get; }

    /// <inheritdoc />
    public string Kind => KindName;

    /// <inheritdoc />
    public string Spec { get; }

    /// <inheritdoc />
    public int Units => 3 * _data.Replications;

    /// <summary>The runs of comparing <paramref name="a"/> with <paramref name="b"/> (each loaded with its overrides) over <paramref name="replications"/> per arm.</summary>
    public static CompareUnits Create(LoadedScenario a, IReadOnlyList<string> overridesA, LoadedScenario b, IReadOnlyList<string> overridesB, int replications) =>
        new(new SpecData(Path.GetFullPath(a.SourcePath), [.. overridesA], a.Hash, Path.GetFullPath(b.SourcePath), [.. overridesB], b.Hash, a.Input.Seed, replications), a, b);

    /// <summary>Rebuilds the runs from <see cref="Spec"/>; refuses when a scenario file no longer gives the hash it had when submitted.</summary>
    public static CompareUnits FromSpec(string spec)
    {
        var data = JsonSerializer.Deserialize<SpecData>(spec, Json) ?? throw new ArgumentException("compare spec: empty");
        var a = ScenarioLoader.Load(data.ScenarioA, data.OverridesA);
        var b = ScenarioLoader.Load(data.ScenarioB, data.OverridesB);
        if (a.Hash != data.HashA || b.Hash != data.HashB)
            throw new ArgumentException($"{data.ScenarioA} or {data.ScenarioB} is not the scenario this comparison was submitted with: every node must see the same files");
        return new CompareUnits(data, a, b);
    }

    /// <summary>The input and seed of run <paramref name="unit"/> (the same as the local comparison's).</summary>
    public (ScenarioInput Input, ulong Seed) Of(int unit)
    {
        var n = _data.Replications;
        return (unit / n) switch
        {
            0 => (A.Input, Seeds.Replication(_data.MasterSeed, unit)),
            1 => (B.Input, Seeds.Replication(_data.MasterSeed, unit - n)),
            _ => (B.Input, Seeds.Independent(_data.MasterSeed, unit - 2 * n)),
        };
    }

    /// <summary>The metrics of run <paramref name="unit"/>'s arm.</summary>
    public IReadOnlyList<MetricInfo> MetricsOf(int unit) => unit < _data.Replications ? MetricsA : MetricsB;

    /// <inheritdoc />
    public string Key(int unit) => string.Create(CultureInfo.InvariantCulture, $"{"abi"[Math.Min(2, unit / _data.Replications)]}{unit % _data.Replications}-s{Of(unit).Seed}");

    /// <inheritdoc />
    public string Run(int unit, CancellationToken cancellation)
    {
        var (input, seed) = Of(unit);
        var (table, metrics) = RunUnit.Run(input, seed, cancellation);
        return ReplicationUnits.Write(table, metrics);
    }

    /// <summary>The metric table run <paramref name="unit"/>'s result holds.</summary>
    public MetricTable Parse(int unit, string result) => ReplicationUnits.Read(result, MetricsOf(unit));

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private sealed record SpecData(string ScenarioA, string[] OverridesA, [property: JsonPropertyName("hash_a")] string HashA, string ScenarioB, string[] OverridesB,
        [property: JsonPropertyName("hash_b")] string HashB, [property: JsonPropertyName("master_seed")] ulong MasterSeed, int Replications);
}
