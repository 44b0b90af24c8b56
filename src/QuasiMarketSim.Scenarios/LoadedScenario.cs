using QuasiMarketSim.Model.Inputs;

namespace QuasiMarketSim.Scenarios;

/// <summary>A valid scenario: the model's input, its fully resolved JSON, and that JSON's SHA-256.</summary>
/// <remarks>
/// The resolved JSON and its hash are written when first asked for: an experiment loads its scenario once per unit
/// (thousands of times) and reads neither, and writing them was about a tenth of a small world's run.
/// </remarks>
public sealed class LoadedScenario
{
    private readonly Lazy<string> _resolved;
    private readonly Lazy<string> _hash;

    internal LoadedScenario(ScenarioInput input, Func<string> resolve, string sourcePath)
    {
        Input = input;
        SourcePath = sourcePath;
        _resolved = new Lazy<string>(resolve);
        _hash = new Lazy<string>(() => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ResolvedJson))));
    }

    /// <summary>What the model runs.</summary>
    public ScenarioInput Input { get; }

    /// <summary>Every value, defaults filled, extends and overrides applied.</summary>
    public string ResolvedJson => _resolved.Value;

    /// <summary>Lowercase hex SHA-256 of <see cref="ResolvedJson"/> (UTF-8).</summary>
    public string Hash => _hash.Value;

    /// <summary>The file it was loaded from.</summary>
    public string SourcePath { get; }

    /// <summary>The scenario's sweep block, if it has one.</summary>
    public SweepSpec? Sweep { get; init; }

    /// <summary>The scenario's sensitivity block, if it has one.</summary>
    public SensitivitySpec? Sensitivity { get; init; }

    /// <summary>The scenario's overrides of declared uncertainty, by parameter path (distribution None: held fixed).</summary>
    public IReadOnlyDictionary<string, Model.Specs.Prior> Uncertainty { get; init; } = new Dictionary<string, Model.Specs.Prior>();
}
