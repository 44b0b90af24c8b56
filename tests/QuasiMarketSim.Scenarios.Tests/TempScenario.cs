namespace QuasiMarketSim.Scenarios.Tests;

/// <summary>A temporary folder of scenario files, deleted after the test.</summary>
internal sealed class TempScenario : IDisposable
{
    public TempScenario() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "qms-scenario-tests", Guid.NewGuid().ToString("N"));

    public string Write(string name, string text)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
