using QuasiMarketSim.Experiments.Sweeps;

namespace QuasiMarketSim.Cluster.Tests.Support;

/// <summary>A sweep small enough for a test (few months), and the check that two output folders hold the same bytes.</summary>
internal static class TinySweep
{
    /// <summary>Writes a sweep scenario of <paramref name="points"/> x <paramref name="replications"/> units into <paramref name="dir"/>.</summary>
    public static string Scenario(TempFolder dir, int points = 3, int replications = 4, int ticks = 6)
    {
        var path = dir.Sub("tiny-sweep.jsonc");
        var values = string.Join(", ", Enumerable.Range(0, points).Select(i => (0.1 + 0.8 * i / Math.Max(1, points - 1)).ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        File.WriteAllText(path, $$"""
            { "extends": "{{RepoPaths.CopyScenario("baseline", dir.Root)}}", "ticks": {{ticks}}, "warmup": 0,
              "sweep": { "parameters": [ { "path": "commissioning.relational_mix", "values": [{{values}}] } ], "replications": {{replications}} } }
            """);
        return path;
    }

    /// <summary>The local sweep's folder, for comparison.</summary>
    public static string Local(string scenario, string output) =>
        SweepExperiment.Execute(new SweepRequest(scenario, [], Threads: 2, OutputDirectory: output)).OutputDirectory;

    /// <summary>Every file but manifest.json (it records times, threads and the executor) has the same bytes in both folders.</summary>
    public static void AssertSameOutputs(string expected, string actual)
    {
        static string[] Files(string d) => [.. Directory.GetFileSystemEntries(d).Select(Path.GetFileName).Where(f => f != "manifest.json").Order(StringComparer.Ordinal)!];
        Assert.Equal(Files(expected), Files(actual));
        foreach (var f in Files(expected)) Assert.Equal(File.ReadAllBytes(Path.Combine(expected, f)), File.ReadAllBytes(Path.Combine(actual, f)));
    }
}
