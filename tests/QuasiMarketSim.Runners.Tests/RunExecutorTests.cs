using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Runners.Tests;

public sealed class RunExecutorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "qms-runner-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private static string Shipped(string name) => Path.Combine(RepoPaths.Root, "scenarios", name + ".jsonc");

    [Fact]
    public void Same_seed_gives_byte_identical_results_at_one_and_two_threads()
    {
        var overrides = new[] { "world.practices_per_commissioner=40", "commissioning.relational_mix=0.2" };
        var a = RunExecutor.Execute(new RunRequest(Shipped("baseline"), overrides, Seed: 7, Ticks: 36, Threads: 1, OutputDirectory: Path.Combine(_root, "a")));
        var b = RunExecutor.Execute(new RunRequest(Shipped("baseline"), overrides, Seed: 7, Ticks: 36, Threads: 2, OutputDirectory: Path.Combine(_root, "b")));
        var c = RunExecutor.Execute(new RunRequest(Shipped("baseline"), overrides, Seed: 7, Ticks: 36, Threads: 1, OutputDirectory: Path.Combine(_root, "c")));
        foreach (var file in new[] { "ticks.csv", "summary.json" })
        {
            var first = File.ReadAllBytes(Path.Combine(a.OutputDirectory, file));
            Assert.Equal(first, File.ReadAllBytes(Path.Combine(b.OutputDirectory, file)));
            Assert.Equal(first, File.ReadAllBytes(Path.Combine(c.OutputDirectory, file)));
        }
    }

    [Fact]
    public void Different_seeds_give_different_results()
    {
        var a = RunExecutor.Execute(new RunRequest(Shipped("transactional"), [], Seed: 1, Ticks: 24, OutputDirectory: Path.Combine(_root, "a")));
        var b = RunExecutor.Execute(new RunRequest(Shipped("transactional"), [], Seed: 2, Ticks: 24, OutputDirectory: Path.Combine(_root, "b")));
        Assert.NotEqual(File.ReadAllText(Path.Combine(a.OutputDirectory, "ticks.csv")), File.ReadAllText(Path.Combine(b.OutputDirectory, "ticks.csv")));
    }

    [Fact]
    public void Outputs_have_tick_column_rows_and_manifest()
    {
        var r = RunExecutor.Execute(new RunRequest(Shipped("baseline"), [], Ticks: 12, OutputDirectory: Path.Combine(_root, "out")));
        var lines = File.ReadAllLines(Path.Combine(r.OutputDirectory, "ticks.csv"));
        Assert.StartsWith("tick,trust_mean,trust_p10,", lines[0], StringComparison.Ordinal);
        Assert.Equal(13, lines.Length);
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(r.OutputDirectory, "manifest.json"))).RootElement;
        Assert.Equal(r.Scenario.Hash, manifest.GetProperty("scenario").GetProperty("hash").GetString());
        Assert.Equal(12, manifest.GetProperty("scenario").GetProperty("resolved").GetProperty("ticks").GetInt32());
        Assert.Equal(ResultsWriter.HashFile(Path.Combine(r.OutputDirectory, "ticks.csv")), manifest.GetProperty("outputs_sha256").GetProperty("ticks.csv").GetString());
    }

    [Fact]
    public void Invalid_scenario_leaves_no_output_directory()
    {
        var target = Path.Combine(_root, "never");
        var e = Assert.Throws<ScenarioLoadException>(() => RunExecutor.Execute(new RunRequest(Shipped("baseline"), ["trust.gain_rate=5"], OutputDirectory: target)));
        Assert.Equal("trust.gain_rate", Assert.Single(e.Problems).Path);
        Assert.False(Directory.Exists(target));
        Assert.False(Directory.Exists(_root) && Directory.EnumerateFileSystemEntries(_root).Any());
    }

    [Fact]
    public void Cancelled_run_leaves_no_output_directory()
    {
        var target = Path.Combine(_root, "cancelled");
        using var cancel = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => RunExecutor.Execute(
            new RunRequest(Shipped("baseline"), [], OutputDirectory: target), (done, _) => { if (done == 5) cancel.Cancel(); }, cancel.Token));
        Assert.False(Directory.Exists(target));
    }

    public static IEnumerable<object[]> ShippedScenarios() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "scenarios"), "*.jsonc").Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Every_shipped_scenario_validates_and_runs(string name)
    {
        Assert.Empty(ScenarioLoader.Validate(Shipped(name), []));
        // A few months, but past every scheduled event so each one is exercised.
        var events = ScenarioLoader.Load(Shipped(name), []).Input.Events;
        var ticks = Math.Max(3, events.Count == 0 ? 0 : events.Max(e => e.Tick) + 2);
        var r = RunExecutor.Execute(new RunRequest(Shipped(name), ["warmup=0"], Ticks: ticks, Threads: 2, OutputDirectory: Path.Combine(_root, name)));
        var rows = File.ReadAllLines(Path.Combine(r.OutputDirectory, "ticks.csv")).Skip(1).ToList();
        Assert.Equal(ticks, rows.Count);
        Assert.DoesNotContain(rows, row => row.Contains("NaN", StringComparison.Ordinal) || row.Contains("Infinity", StringComparison.Ordinal));
    }

}
