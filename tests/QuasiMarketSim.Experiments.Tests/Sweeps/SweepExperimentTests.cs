using QuasiMarketSim.Experiments.Sweeps;

namespace QuasiMarketSim.Experiments.Tests.Sweeps;

public class SweepExperimentTests
{
    private static string SweepScenario(TempFolder dir, string design = "\"design\": \"grid\"")
    {
        var path = dir.Sub("s.jsonc");
        File.WriteAllText(path, $$"""
            { "extends": "{{RepoPaths.CopyScenario("baseline", dir.Root)}}", "ticks": 12, "warmup": 0,
              "sweep": { "parameters": [ { "path": "commissioning.relational_mix", "values": [0.1, 0.9] },
                                         { "path": "world.lots_per_line", "min": 1, "max": 2, "steps": 2 } ],
                         {{design}}, "points": 3, "replications": 3 } }
            """);
        return path;
    }

    [Fact]
    public void Grid_runs_every_point_and_replication_in_sorted_tidy_rows()
    {
        using var dir = new TempFolder();
        var r = SweepExperiment.Execute(new SweepRequest(SweepScenario(dir), [], Threads: 2, OutputDirectory: dir.Sub("out")));
        Assert.Equal(2 * 2 * 3, r.Units);
        var rows = File.ReadAllLines(Path.Combine(r.OutputDirectory, "sweep.csv"));
        Assert.StartsWith("point,replication,seed,commissioning.relational_mix,world.lots_per_line,trust_mean", rows[0], StringComparison.Ordinal);
        Assert.Equal(13, rows.Length);
        Assert.Equal(["0,0", "0,1", "0,2", "1,0"], rows.Skip(1).Take(4).Select(l => string.Join(',', l.Split(',').Take(2))));
        Assert.Equal("0.1", rows[1].Split(',')[3]);
        Assert.Equal("1", rows[1].Split(',')[4]);
        Assert.False(File.Exists(Path.Combine(r.OutputDirectory, "sweep.journal.csv")));
    }

    [Fact]
    public void Interrupted_sweep_resumes_without_running_anything_twice_and_matches_an_uninterrupted_one()
    {
        using var dir = new TempFolder();
        var scenario = SweepScenario(dir);
        var whole = SweepExperiment.Execute(new SweepRequest(scenario, [], Threads: 2, OutputDirectory: dir.Sub("whole")));

        var target = dir.Sub("cut");
        using var cancel = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            SweepExperiment.Execute(new SweepRequest(scenario, [], Threads: 1, OutputDirectory: target), (done, _) => { if (done == 5) cancel.Cancel(); }, cancel.Token));
        // A process killed mid-write leaves a cut-off line: resume must ignore it.
        File.AppendAllText(Path.Combine(target, "sweep.journal.csv"), "3,1,99,0.9");
        Assert.Throws<ArgumentException>(() => SweepExperiment.Execute(new SweepRequest(scenario, [], OutputDirectory: target)));
        var resumed = SweepExperiment.Execute(new SweepRequest(scenario, [], Threads: 2, OutputDirectory: target, Resume: true));
        Assert.Equal(12 - 5, resumed.RanNow);
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole.OutputDirectory, "sweep.csv")), File.ReadAllBytes(Path.Combine(target, "sweep.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole.OutputDirectory, "points.csv")), File.ReadAllBytes(Path.Combine(target, "points.csv")));
    }

    [Fact]
    public void Damaged_journal_lines_are_dropped_and_rerun_so_results_match_an_undamaged_sweep()
    {
        using var dir = new TempFolder();
        var scenario = SweepScenario(dir);
        var whole = SweepExperiment.Execute(new SweepRequest(scenario, [], Threads: 2, OutputDirectory: dir.Sub("whole")));

        var target = dir.Sub("cut");
        using var cancel = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            SweepExperiment.Execute(new SweepRequest(scenario, [], Threads: 1, OutputDirectory: target), (done, _) => { if (done == 6) cancel.Cancel(); }, cancel.Token));
        var journal = Path.Combine(target, "sweep.journal.csv");
        var lines = File.ReadAllLines(journal);
        // One line's metric garbled, one with a wrong seed, one naming a point the design lacks, one duplicated.
        var fields = lines[1].Split(',');
        fields[^1] = "garbage";
        lines[1] = string.Join(',', fields);
        fields = lines[2].Split(',');
        fields[2] = "12345";
        lines[2] = string.Join(',', fields);
        File.WriteAllLines(journal, [.. lines, "99" + lines[3][lines[3].IndexOf(',', StringComparison.Ordinal)..], lines[4]]);

        var resumed = SweepExperiment.Execute(new SweepRequest(scenario, [], Threads: 2, OutputDirectory: target, Resume: true));
        Assert.Equal(4, resumed.Dropped);
        Assert.Equal(12 - 6 + 2, resumed.RanNow);
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole.OutputDirectory, "sweep.csv")), File.ReadAllBytes(Path.Combine(target, "sweep.csv")));
        Assert.Empty(Directory.GetFiles(target, "*.tmp"));
    }

    [Fact]
    public void A_second_sweep_of_the_same_folder_is_refused_while_the_first_runs()
    {
        using var dir = new TempFolder();
        var scenario = SweepScenario(dir);
        var target = Path.GetFullPath(dir.Sub("out"));
        using (Runners.OutputLock.Acquire(target))
        {
            var e = Assert.Throws<Scenarios.InputException>(() => SweepExperiment.Execute(new SweepRequest(scenario, [], OutputDirectory: target, Resume: true)));
            Assert.Contains("is being written by another quasim process", e.Message, StringComparison.Ordinal);
        }
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void Resuming_a_finished_sweep_runs_nothing()
    {
        using var dir = new TempFolder();
        var scenario = SweepScenario(dir);
        var first = SweepExperiment.Execute(new SweepRequest(scenario, [], Threads: 2, OutputDirectory: dir.Sub("out")));
        var bytes = File.ReadAllBytes(Path.Combine(first.OutputDirectory, "sweep.csv"));
        var again = SweepExperiment.Execute(new SweepRequest(scenario, [], Threads: 2, OutputDirectory: dir.Sub("out"), Resume: true));
        Assert.Equal((12, 0), (again.Units, again.RanNow));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(first.OutputDirectory, "sweep.csv")));
    }

    [Fact]
    public void Resume_refuses_a_folder_holding_a_different_sweep()
    {
        using var dir = new TempFolder();
        var scenario = SweepScenario(dir);
        SweepExperiment.Execute(new SweepRequest(scenario, [], Threads: 2, OutputDirectory: dir.Sub("out")));
        var e = Assert.Throws<ArgumentException>(() => SweepExperiment.Execute(new SweepRequest(scenario, ["seed=99"], OutputDirectory: dir.Sub("out"), Resume: true)));
        Assert.Contains("different sweep", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin_hypercube_samples_the_ranges_and_rounds_whole_numbers()
    {
        using var dir = new TempFolder();
        var path = dir.Sub("lhs.jsonc");
        File.WriteAllText(path, """
            { "ticks": 6, "warmup": 0,
              "sweep": { "parameters": [ { "path": "trust.gain_rate", "min": 0.01, "max": 0.09 }, { "path": "world.lots_per_line", "min": 1, "max": 4 } ],
                         "design": "latin_hypercube", "points": 8, "replications": 1 } }
            """);
        var r = SweepExperiment.Execute(new SweepRequest(path, [], Threads: 2, OutputDirectory: dir.Sub("out")));
        var rows = File.ReadAllLines(Path.Combine(r.OutputDirectory, "sweep.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(8, rows.Count);
        var gains = rows.Select(x => double.Parse(x[3], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        for (var i = 0; i < 8; i++) Assert.InRange(gains[i], 0.01 + 0.01 * i, 0.01 + 0.01 * (i + 1));
        Assert.All(rows, x => Assert.Contains(x[4], new[] { "1", "2", "3", "4" }));
    }

    [Fact]
    public void Scenario_without_sweep_block_is_refused_with_a_hint()
    {
        var e = Assert.Throws<ArgumentException>(() => SweepExperiment.Execute(new SweepRequest(RepoPaths.Scenario("baseline"), [])));
        Assert.Contains("no \"sweep\" block", e.Message, StringComparison.Ordinal);
    }
}
