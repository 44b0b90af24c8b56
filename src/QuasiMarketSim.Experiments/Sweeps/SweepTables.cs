using System.Globalization;
using System.Text;
using QuasiMarketSim.Experiments.Statistics;
using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Runners;

namespace QuasiMarketSim.Experiments.Sweeps;

/// <summary>
/// Turns a finished sweep's journal into its tables: sweep.csv (one row per point and replication, sorted),
/// points.csv (per point and metric, the mean and 95% interval over replications), with paths paths.csv (per point,
/// month and metric, the same over replications), and with Parquet a .parquet twin of each. A journal line holds a
/// run's whole-run values and, with paths, its monthly values after them (month by month, metrics in column order).
/// Memory stays bounded: only each unit's byte offset in the journal is held (8 bytes a run), and rows are streamed
/// out in order, one point's replications at a time.
/// </summary>
internal static class SweepTables
{
    /// <summary>The journal's header: sweep.csv's, then with <paramref name="ticks"/> months of paths a column "metric@month" per value.</summary>
    public static string JournalHeader(SweepDesign design, IReadOnlyList<MetricInfo> metrics, int? ticks)
    {
        IEnumerable<string> columns = ["point", "replication", "seed", .. design.Factors, .. metrics.Select(m => m.Name)];
        if (ticks is { } t)
            columns = columns.Concat(Enumerable.Range(0, t).SelectMany(tick => metrics.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Name}@{tick}"))));
        return CsvWriter.Line(columns);
    }

    /// <summary>
    /// Writes the tables from the journal into <paramref name="directory"/> (each under a temporary name, renamed when
    /// complete), then removes the journal. <paramref name="ticks"/>: months of paths in the journal (null: none).
    /// </summary>
    public static void Write(string directory, string journalPath, SweepDesign design, IReadOnlyList<MetricInfo> metrics, int? ticks, bool parquet)
    {
        var units = design.Points.Length * design.Replications;
        var offsets = IndexJournal(journalPath, design.Replications, units);
        List<string> tables = ["sweep.csv", "points.csv", .. ticks is null ? Array.Empty<string>() : ["paths.csv"]];
        List<string> outputs = [.. tables, .. parquet ? tables.Select(t => Path.ChangeExtension(t, ".parquet")) : []];
        string Temp(string name) => Path.Combine(directory, name + ".tmp");
        try
        {
            WriteCsv(journalPath, offsets, Temp, design, metrics, ticks);
            if (parquet)
            {
                foreach (var table in tables) SweepParquet.FromCsv(Temp(table), Temp(Path.ChangeExtension(table, ".parquet")));
            }
            foreach (var output in outputs) File.Move(Temp(output), Path.Combine(directory, output), overwrite: true);
        }
        finally
        {
            foreach (var output in outputs) File.Delete(Temp(output));
        }
        File.Delete(journalPath);
    }

    private static void WriteCsv(string journalPath, long[] offsets, Func<string, string> temp, SweepDesign design, IReadOnlyList<MetricInfo> metrics, int? ticks)
    {
        var k = design.Factors.Count;
        var reps = design.Replications;
        var wholeRunFields = 3 + k + metrics.Count;
        var months = ticks ?? 0;
        using var journal = new FileStream(journalPath, FileMode.Open, FileAccess.Read);
        using var sweep = new CsvWriter(temp("sweep.csv"));
        using var points = new CsvWriter(temp("points.csv"));
        using var paths = ticks is null ? null : new CsvWriter(temp("paths.csv"));
        sweep.Row(["point", "replication", "seed", .. design.Factors, .. metrics.Select(m => m.Name)]);
        points.Row(["point", .. design.Factors, "metric", "n", "mean", "sd", "ci_low", "ci_high"]);
        paths?.Row(["point", .. design.Factors, "tick", "metric", "n", "mean", "sd", "ci_low", "ci_high"]);
        var values = new double[metrics.Count][];
        for (var m = 0; m < metrics.Count; m++) values[m] = new double[reps];
        // [tick * metrics + metric][replication]: the point's monthly values, with paths.
        var monthly = new double[months * metrics.Count][];
        for (var i = 0; i < monthly.Length; i++) monthly[i] = new double[reps];
        for (var p = 0; p < design.Points.Length; p++)
        {
            for (var r = 0; r < reps; r++)
            {
                var fields = ReadLineAt(journal, offsets[p * reps + r]).Split(',');
                sweep.RawLine(string.Join(',', fields, 0, wholeRunFields));
                for (var m = 0; m < metrics.Count; m++) values[m][r] = Parse(fields[3 + k + m]);
                for (var i = 0; i < monthly.Length; i++) monthly[i][r] = Parse(fields[wholeRunFields + i]);
            }
            for (var m = 0; m < metrics.Count; m++) Interval(At(points, p, design).Text(metrics[m].Name), IntervalOf(metrics[m], values[m]));
            if (paths is null) continue;
            for (var t = 0; t < months; t++)
            {
                for (var m = 0; m < metrics.Count; m++) Interval(At(paths, p, design).Cell(t).Text(metrics[m].Name), IntervalOf(metrics[m], monthly[t * metrics.Count + m]));
            }
        }
    }

    /// <summary>Starts a row with the point and its factor values.</summary>
    private static CsvWriter At(CsvWriter row, int point, SweepDesign design)
    {
        row.Cell(point);
        foreach (var x in design.Points[point]) row.Cell(x);
        return row;
    }

    /// <summary>Ends a row with n, mean, sd and the 95% interval.</summary>
    /// <summary>Student t, or on the logit scale for a 0-1 quantity so the interval stays within its bounds.</summary>
    private static ConfidenceInterval IntervalOf(MetricInfo metric, IReadOnlyList<double> values) =>
        metric.IsBounded ? ConfidenceInterval.OfBounded(values) : ConfidenceInterval.Of(values);

    private static void Interval(CsvWriter row, ConfidenceInterval ci) => row.Cell(ci.N).Cell(ci.Mean).Cell(ci.Sd).Cell(ci.Low).Cell(ci.High).EndRow();

    private static double Parse(string field) => double.Parse(field, CultureInfo.InvariantCulture);

    /// <summary>Byte offset of each unit's line in the journal (point x replications + replication).</summary>
    private static long[] IndexJournal(string path, int replications, int units)
    {
        var offsets = new long[units];
        Array.Fill(offsets, -1);
        using var stream = new BufferedStream(new FileStream(path, FileMode.Open, FileAccess.Read), 1 << 16);
        var start = 0L;
        var position = 0L;
        var first = true;
        var key = new StringBuilder();
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            position++;
            if (b != '\n')
            {
                if (key.Length < 40) key.Append((char)b);
                continue;
            }
            if (!first)
            {
                var fields = key.ToString().Split(',');
                var unit = int.Parse(fields[0], CultureInfo.InvariantCulture) * replications + int.Parse(fields[1], CultureInfo.InvariantCulture);
                offsets[unit] = start;
            }
            first = false;
            start = position;
            key.Clear();
        }
        if (offsets.Any(o => o < 0)) throw new InvalidOperationException("the sweep journal is missing runs");
        return offsets;
    }

    private static string ReadLineAt(FileStream stream, long offset)
    {
        stream.Seek(offset, SeekOrigin.Begin);
        var bytes = new List<byte>(512);
        var buffer = new byte[4096];
        while (true)
        {
            var n = stream.Read(buffer);
            if (n == 0) break;
            var end = Array.IndexOf(buffer, (byte)'\n', 0, n);
            bytes.AddRange(buffer.AsSpan(0, end < 0 ? n : end));
            if (end >= 0) break;
        }
        return Encoding.UTF8.GetString([.. bytes]);
    }
}
