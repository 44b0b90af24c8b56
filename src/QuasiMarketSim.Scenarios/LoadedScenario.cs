using QuasiMarketSim.Model.Inputs;

namespace QuasiMarketSim.Scenarios;

/// <summary>A valid scenario: the model's input, its fully resolved JSON, and that JSON's SHA-256.</summary>
/// <param name="Input">What the model runs.</param>
/// <param name="ResolvedJson">Every value, defaults filled, extends and overrides applied.</param>
/// <param name="Hash">Lowercase hex SHA-256 of <paramref name="ResolvedJson"/> (UTF-8).</param>
/// <param name="SourcePath">The file it was loaded from.</param>
public sealed record LoadedScenario(ScenarioInput Input, string ResolvedJson, string Hash, string SourcePath)
{
    /// <summary>The scenario's sweep block, if it has one.</summary>
    public SweepSpec? Sweep { get; init; }

    /// <summary>The scenario's sensitivity block, if it has one.</summary>
    public SensitivitySpec? Sensitivity { get; init; }

    /// <summary>The scenario's overrides of declared uncertainty, by parameter path (distribution None: held fixed).</summary>
    public IReadOnlyDictionary<string, Model.Specs.Prior> Uncertainty { get; init; } = new Dictionary<string, Model.Specs.Prior>();
}
