namespace QuasiMarketSim.Experiments.Tests;

/// <summary>A temporary folder for results, deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "qms-experiment-tests", Guid.NewGuid().ToString("N"));

    public string Sub(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
