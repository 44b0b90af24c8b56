namespace QuasiMarketSim.Testing;

/// <summary>Paths in the repository, found from the test binary's location (compiled into every test project).</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding QuasiMarketSim.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A shipped scenario file by name.</summary>
    public static string Scenario(string name) => Path.Combine(Root, "scenarios", name + ".jsonc");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QuasiMarketSim.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (QuasiMarketSim.sln) not found above " + AppContext.BaseDirectory);
    }
}
