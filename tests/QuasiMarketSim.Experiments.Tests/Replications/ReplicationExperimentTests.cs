using QuasiMarketSim.Experiments.Replications;

namespace QuasiMarketSim.Experiments.Tests.Replications;

public class ReplicationExperimentTests
{
    private static ReplicationRequest Request(string outDir, int threads, int replications = 6) =>
        new(RepoPaths.Scenario("transactional"), [], replications, Ticks: 24, Threads: threads, OutputDirectory: outDir);

    [Fact]
    public void Results_are_identical_whatever_the_thread_count()
    {
        using var dir = new TempFolder();
        var one = ReplicationExperiment.Execute(Request(dir.Sub("one"), 1));
        var two = ReplicationExperiment.Execute(Request(dir.Sub("two"), 2));
        foreach (var file in new[] { "replications.csv", "aggregate.csv", "summary.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(one.OutputDirectory, file)), File.ReadAllBytes(Path.Combine(two.OutputDirectory, file)));
        }
    }

    [Fact]
    public void Replications_use_distinct_derived_seeds_and_intervals_bracket_the_mean()
    {
        using var dir = new TempFolder();
        var r = ReplicationExperiment.Execute(Request(dir.Sub("a"), 2));
        Assert.Equal(6, r.Set.Count);
        Assert.Equal(6, r.Set.Seeds.Distinct().Count());
        Assert.Equal([0, 1, 2, 3, 4, 5], r.Set.Replications);
        Assert.Equal(Seeds.Replication(r.Scenario.Input.Seed, 3), r.Set.Seeds[3]);
        foreach (var ci in r.Intervals) Assert.True(ci.Low <= ci.Mean && ci.Mean <= ci.High);
        var lines = File.ReadAllLines(Path.Combine(r.OutputDirectory, "replications.csv"));
        Assert.Equal(1 + 6 * 24, lines.Length);
    }

    [Fact]
    public void Precision_adds_replications_until_reached_or_capped()
    {
        using var dir = new TempFolder();
        var loose = ReplicationExperiment.Execute(Request(dir.Sub("loose"), 2, 4) with { Precision = 0.5, MaxReplications = 40 });
        Assert.True(loose.PrecisionReached);
        Assert.InRange(loose.Set.Count, 4, 40);
        Assert.True(loose.WidestHeadline!.Value.Relative <= 0.5);
        var tight = ReplicationExperiment.Execute(Request(dir.Sub("tight"), 2, 4) with { Precision = 1e-6, MaxReplications = 20 });
        Assert.False(tight.PrecisionReached);
        Assert.Equal(20, tight.Set.Count);
        Assert.False(string.IsNullOrEmpty(tight.WidestHeadline!.Value.Metric));
    }

    [Fact]
    public void An_interrupted_experiment_keeps_what_completed_and_replays_exactly_that()
    {
        using var dir = new TempFolder();
        using var cancel = new CancellationTokenSource();
        var r = ReplicationExperiment.Execute(Request(dir.Sub("cut"), 1, 10), (done, _) => { if (done == 4) cancel.Cancel(); }, cancel.Token);
        Assert.True(r.Interrupted);
        Assert.Equal([0, 1, 2, 3], r.Set.Replications);
        var checks = Replay.Execute(Path.Combine(r.OutputDirectory, "manifest.json"), threads: 2);
        Assert.All(checks, c => Assert.True(c.Identical, $"{c.File}: {c.Verdict}"));
    }

    [Fact]
    public void Rows_are_written_in_replication_order_whatever_order_runs_finish_in()
    {
        using var dir = new TempFolder();
        var path = dir.Sub("replications.csv");
        Directory.CreateDirectory(dir.Root);
        var metrics = new[] { new Model.Metrics.MetricInfo("m", "m", "-", Model.Metrics.MetricKind.Level, "test", "") };
        using var set = new ReplicationSet(path);
        set.Plan([0, 1, 2, 3]);
        foreach (var r in new[] { 2, 0, 3, 1 })
        {
            var table = new Core.Recording.MetricTable(["m"]);
            table.Add([r]);
            table.Add([10 * r]);
            set.Add(r, (ulong)(100 + r), table, metrics);
        }
        set.Close();
        Assert.Equal([0, 1, 2, 3], set.Replications);
        Assert.Equal(["replication,seed,tick,m", "0,100,0,0", "0,100,1,0", "1,101,0,1", "1,101,1,10", "2,102,0,2", "2,102,1,20", "3,103,0,3", "3,103,1,30"], File.ReadAllLines(path));
        // Per-tick intervals read back from the file equal those computed from the values in memory.
        Assert.Equal(QuasiMarketSim.Experiments.Statistics.ConfidenceInterval.Of([0.0, 10, 20, 30]), set.TickIntervals()[1][0]);
    }

    [Fact]
    public void One_replication_is_refused()
    {
        using var dir = new TempFolder();
        Assert.Throws<ArgumentException>(() => ReplicationExperiment.Execute(Request(dir.Sub("x"), 1, 1)));
    }
}
