namespace QuasiMarketSim.Cluster.Tests.Support;

/// <summary>A temporary folder, deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "qms-cluster-tests", Guid.NewGuid().ToString("N"));

    public string Sub(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed silo may still be closing a file; the temp folder is cleaned by the system.
        }
    }
}
