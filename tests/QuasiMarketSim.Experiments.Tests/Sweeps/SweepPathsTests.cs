using System.Globalization;
using Parquet;
using QuasiMarketSim.Experiments.Statistics;
using QuasiMarketSim.Experiments.Sweeps;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.Tests.Sweeps;

/// <summary>`sweep --paths` keeps each point's monthly means and intervals; `--parquet` writes the tables as Parquet too.</summary>
public class SweepPathsTests
{
    private static string SweepScenario(TempFolder dir)
    {
        var path = dir.Sub("s.jsonc");
        File.WriteAllText(path, $$"""
            { "extends": "{{RepoPaths.CopyScenario("baseline", dir.Root)}}", "ticks": 12, "warmup": 0,
              "sweep": { "parameters": [ { "path": "commissioning.relational_mix", "values": [0.1, 0.9] },
                                         { "path": "world.lots_per_line", "min": 1, "max": 2, "steps": 2 } ], "replications": 3 } }
            """);
        return path;
    }

    [Fact]
    public void Paths_hold_each_points_monthly_mean_and_interval_over_its_own_runs()
    {
        using var dir = new TempFolder();
        var scenarioPath = SweepScenario(dir);
        var r = SweepExperiment.Execute(new SweepRequest(scenarioPath, [], Threads: 2, OutputDirectory: dir.Sub("out"), Paths: true));
        var rows = File.ReadAllLines(Path.Combine(r.OutputDirectory, "paths.csv"));
        Assert.Equal("point,commissioning.relational_mix,world.lots_per_line,tick,metric,n,mean,sd,ci_low,ci_high", rows[0]);

        // Rerun every point's replications by hand, as a run of the scenario at the point with the replication's seed.
        var template = ScenarioLoader.Template(scenarioPath);
        var scenario = template.Load([]);
        var design = SweepDesign.From(scenario.Sweep!, scenario.Input.Seed);
        var expected = new List<string>();
        for (var p = 0; p < design.Points.Length; p++)
        {
            var runs = Enumerable.Range(0, design.Replications)
                .Select(rep => RunUnit.Run(template.Load(design.Overrides(p)).Input, Seeds.Replication(scenario.Input.Seed, rep))).ToList();
            var metrics = runs[0].Metrics;
            for (var t = 0; t < 12; t++)
            {
                for (var m = 0; m < metrics.Count; m++)
                {
                    double[] values = [.. runs.Select(run => run.Table.Rows[t][m])];
                    // 0-1 quantities on the logit scale, as the sweep writes them.
                    var ci = metrics[m].IsBounded ? ConfidenceInterval.OfBounded(values) : ConfidenceInterval.Of(values);
                    expected.Add(CsvWriter.Line([$"{p}", .. design.Points[p].Select(CsvWriter.Number), $"{t}", metrics[m].Name, $"{ci.N}",
                        CsvWriter.Number(ci.Mean), CsvWriter.Number(ci.Sd), CsvWriter.Number(ci.Low), CsvWriter.Number(ci.High)]));
                }
            }
        }
        Assert.Equal(expected, rows.Skip(1));
        // The whole-run tables are those of a sweep without paths.
        var plain = SweepExperiment.Execute(new SweepRequest(scenarioPath, [], Threads: 2, OutputDirectory: dir.Sub("plain")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(plain.OutputDirectory, "sweep.csv")), File.ReadAllBytes(Path.Combine(r.OutputDirectory, "sweep.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(plain.OutputDirectory, "points.csv")), File.ReadAllBytes(Path.Combine(r.OutputDirectory, "points.csv")));
    }

    [Fact]
    public void An_interrupted_sweep_with_paths_resumes_to_the_same_bytes_and_only_with_paths()
    {
        using var dir = new TempFolder();
        var scenario = SweepScenario(dir);
        var whole = SweepExperiment.Execute(new SweepRequest(scenario, [], Threads: 2, OutputDirectory: dir.Sub("whole"), Paths: true, Parquet: true));

        var target = dir.Sub("cut");
        using var cancel = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => SweepExperiment.Execute(new SweepRequest(scenario, [], Threads: 1, OutputDirectory: target, Paths: true),
            (done, _) => { if (done == 5) cancel.Cancel(); }, cancel.Token));
        // A kill mid-write leaves a long line cut short.
        File.AppendAllText(Path.Combine(target, "sweep.journal.csv"), "3,1,99,0.9,1,0.5,0.5");
        var e = Assert.Throws<ArgumentException>(() => SweepExperiment.Execute(new SweepRequest(scenario, [], OutputDirectory: target, Resume: true)));
        Assert.Contains("--paths", e.Message, StringComparison.Ordinal);
        var resumed = SweepExperiment.Execute(new SweepRequest(scenario, [], Threads: 2, OutputDirectory: target, Resume: true, Paths: true, Parquet: true));
        Assert.Equal((12 - 5, 0), (resumed.RanNow, resumed.Dropped));
        foreach (var file in new[] { "sweep.csv", "points.csv", "paths.csv", "sweep.parquet", "points.parquet", "paths.parquet" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole.OutputDirectory, file)), File.ReadAllBytes(Path.Combine(target, file)));
    }

    [Theory]
    [InlineData("sweep")]
    [InlineData("points")]
    [InlineData("paths")]
    public async Task Parquet_tables_read_back_equal_to_the_csv(string table)
    {
        using var dir = new TempFolder();
        var r = SweepExperiment.Execute(new SweepRequest(SweepScenario(dir), [], Threads: 2, OutputDirectory: dir.Sub("out"), Paths: true, Parquet: true));
        var csv = File.ReadAllLines(Path.Combine(r.OutputDirectory, table + ".csv")).Select(l => l.Split(',')).ToList();
        var header = csv[0];

        await using var stream = File.OpenRead(Path.Combine(r.OutputDirectory, table + ".parquet"));
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(header, fields.Select(f => f.Name));
        var columns = header.Select(_ => new List<string>()).ToList();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            for (var c = 0; c < fields.Length; c++)
            {
                var f = fields[c];
                columns[c].AddRange(f.ClrType == typeof(int) ? (await Read<int>(group, f, n)).Select(x => x.ToString(CultureInfo.InvariantCulture))
                    : f.ClrType == typeof(ulong) ? (await Read<ulong>(group, f, n)).Select(x => x.ToString(CultureInfo.InvariantCulture))
                    : f.ClrType == typeof(double) ? (await Read<double>(group, f, n)).Select(CsvWriter.Number)
                    : await ReadText(group, f, n));
            }
        }
        Assert.Equal(csv.Count - 1, columns[0].Count);
        for (var row = 1; row < csv.Count; row++)
        {
            for (var c = 0; c < header.Length; c++) Assert.Equal(csv[row][c], columns[c][row - 1]);
        }
        // Types: counts as integers, the seed unsigned, the metric name as text (Parquet.Net reads text as characters), the rest as numbers.
        Assert.All(fields, f => Assert.Contains(f.ClrType, f.Name switch
        {
            "point" or "replication" or "tick" or "n" => [typeof(int)],
            "seed" => [typeof(ulong)],
            "metric" => [typeof(string), typeof(ReadOnlyMemory<char>)],
            _ => new[] { typeof(double) },
        }));
    }

    private static async Task<T[]> Read<T>(ParquetRowGroupReader group, Parquet.Schema.DataField field, int rows)
        where T : struct
    {
        var values = new T[rows];
        await group.ReadAsync<T>(field, values);
        return values;
    }

    private static async Task<string[]> ReadText(ParquetRowGroupReader group, Parquet.Schema.DataField field, int rows)
    {
        var values = new string?[rows];
        await group.ReadAsync(field, values.AsMemory());
        return [.. values.Select(v => v ?? "(null)")];
    }
}
