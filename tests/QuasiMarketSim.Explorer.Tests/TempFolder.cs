namespace QuasiMarketSim.Explorer.Tests;

/// <summary>A folder of the test's own, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("qms-explorer-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
