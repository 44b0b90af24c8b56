using QuasiMarketSim.Scenarios.Syntax;

namespace QuasiMarketSim.Scenarios;

/// <summary>
/// A scenario file read and composed once (see <see cref="ScenarioLoader.Template"/>): loading it with overrides is
/// pure and in memory, so an experiment's unit of work does no file IO and cannot see a file change mid-run.
/// </summary>
public sealed class ScenarioTemplate
{
    private readonly ObjectNode _composed;

    internal ScenarioTemplate(ObjectNode composed, string path)
    {
        _composed = composed;
        Path = path;
    }

    /// <summary>The file it was read from.</summary>
    public string Path { get; }

    /// <summary>The scenario with <paramref name="overrides"/>; throws <see cref="ScenarioLoadException"/> listing every problem.</summary>
    public LoadedScenario Load(IReadOnlyList<string> overrides, long? memoryLimitBytes = null) =>
        ScenarioLoader.FromTree(_composed, Path, overrides, memoryLimitBytes);
}
