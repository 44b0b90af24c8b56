namespace QuasiMarketSim.Testing;

/// <summary>Paths in the repository, found from the test binary's location (compiled into every test project).</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding QuasiMarketSim.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A shipped scenario file by name.</summary>
    public static string Scenario(string name) => Path.Combine(Root, "scenarios", name + ".jsonc");

    /// <summary>
    /// Copies a shipped scenario into <paramref name="folder"/> and returns its file name, for a test scenario to
    /// extend (extends reads only files in the scenario's own folder or the shipped scenarios beside the program).
    /// </summary>
    public static string CopyScenario(string name, string folder)
    {
        var file = name + ".jsonc";
        File.Copy(Scenario(name), Path.Combine(folder, file), overwrite: true);
        return file;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QuasiMarketSim.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (QuasiMarketSim.sln) not found above " + AppContext.BaseDirectory);
    }
}
