using QuasiMarketSim.Experiments.Execution;
using QuasiMarketSim.Experiments.Sweeps;

namespace QuasiMarketSim.Experiments.Tests.Execution;

/// <summary>The batch-array path: every unit run alone (--unit K) into a shared folder, then --collect, gives the local sweep's bytes.</summary>
public class UnitCollectTests
{
    private static string Scenario(TempFolder dir)
    {
        var path = dir.Sub("s.jsonc");
        File.WriteAllText(path, $$"""
            { "extends": "{{RepoPaths.CopyScenario("baseline", dir.Root)}}", "ticks": 6, "warmup": 0,
              "sweep": { "parameters": [ { "path": "commissioning.relational_mix", "values": [0.1, 0.9] } ], "replications": 2 } }
            """);
        return path;
    }

    /// <summary>Every file of <paramref name="a"/> but manifest.json (it records times and threads) has the same bytes in <paramref name="b"/>.</summary>
    internal static void AssertSameOutputs(string a, string b)
    {
        static string[] Files(string d) => [.. Directory.GetFileSystemEntries(d).Select(Path.GetFileName).Where(f => f != "manifest.json").Order(StringComparer.Ordinal)!];
        Assert.Equal(Files(a), Files(b));
        foreach (var f in Files(a)) Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b, f)));
    }

    [Fact]
    public void Units_run_one_at_a_time_out_of_order_and_twice_then_collected_are_the_local_sweeps_bytes()
    {
        using var dir = new TempFolder();
        var scenario = Scenario(dir);
        var local = SweepExperiment.Execute(new SweepRequest(scenario, [], Threads: 2, OutputDirectory: dir.Sub("local")));
        var shared = dir.Sub("shared");
        foreach (var k in new[] { 3, 1, 0, 2 }) Assert.True(SweepExperiment.RunOneUnit(new SweepRequest(scenario, [], OutputDirectory: shared), k));
        // A retried array task finds its unit stored and writes nothing.
        Assert.False(SweepExperiment.RunOneUnit(new SweepRequest(scenario, [], OutputDirectory: shared), 1));
        var collected = SweepExperiment.Execute(new SweepRequest(scenario, [], OutputDirectory: shared, Resume: true, Executor: StoreExecutor.Instance));
        Assert.Equal(4, collected.Units);
        Assert.False(Directory.Exists(Path.Combine(shared, UnitStore.FolderName)));
        AssertSameOutputs(local.OutputDirectory, shared);
    }

    [Fact]
    public void Collecting_with_a_unit_missing_names_it_and_writes_no_tables()
    {
        using var dir = new TempFolder();
        var scenario = Scenario(dir);
        var shared = dir.Sub("shared");
        foreach (var k in new[] { 0, 1, 3 }) SweepExperiment.RunOneUnit(new SweepRequest(scenario, [], OutputDirectory: shared), k);
        var e = Assert.Throws<ArgumentException>(() =>
            SweepExperiment.Execute(new SweepRequest(scenario, [], OutputDirectory: shared, Resume: true, Executor: StoreExecutor.Instance)));
        Assert.Contains("1 of 4 units", e.Message, StringComparison.Ordinal);
        Assert.Contains("units 2", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(shared, "sweep.csv")));
    }

    [Fact]
    public void A_unit_of_another_sweep_or_out_of_range_is_refused()
    {
        using var dir = new TempFolder();
        var scenario = Scenario(dir);
        var shared = dir.Sub("shared");
        SweepExperiment.RunOneUnit(new SweepRequest(scenario, [], OutputDirectory: shared), 0);
        Assert.Contains("different sweep", Assert.Throws<ArgumentException>(() =>
            SweepExperiment.RunOneUnit(new SweepRequest(scenario, [], Seed: 99, OutputDirectory: shared), 1)).Message, StringComparison.Ordinal);
        Assert.Contains("from 0 to 3", Assert.Throws<ArgumentException>(() =>
            SweepExperiment.RunOneUnit(new SweepRequest(scenario, [], OutputDirectory: shared), 4)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_keeps_the_first_result_of_a_unit()
    {
        using var dir = new TempFolder();
        var store = new UnitStore(dir.Root);
        Assert.True(store.Write("p0-r0-s1", "a\n"));
        Assert.False(store.Write("p0-r0-s1", "b\n"));
        Assert.Equal("a\n", store.TryRead("p0-r0-s1"));
        store.Remove();
        Assert.False(Directory.Exists(store.Folder));
    }
}
