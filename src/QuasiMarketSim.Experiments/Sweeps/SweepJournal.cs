using System.Globalization;
using System.Text;
using QuasiMarketSim.Runners;

namespace QuasiMarketSim.Experiments.Sweeps;

/// <summary>
/// The append-only record of completed sweep units, one CSV line each, flushed as each unit finishes. On opening,
/// every line is checked against the design (point and replication in range, the replication's seed, the point's
/// factor values, a number in every metric field); a line cut short by a kill, or damaged, is dropped and its unit
/// runs again, so a journal can never make the results wrong, only make them take longer.
/// </summary>
public sealed class SweepJournal : IDisposable
{
    private readonly CsvWriter _writer;
    private readonly int _fields;

    private SweepJournal(CsvWriter writer, int fields, HashSet<(int, int)> done, int dropped)
    {
        _writer = writer;
        _fields = fields;
        Done = done;
        Dropped = dropped;
    }

    /// <summary>(point, replication) pairs already recorded.</summary>
    public HashSet<(int Point, int Replication)> Done { get; }

    /// <summary>Complete lines found damaged (or duplicated) and dropped on opening; a last line cut short by a kill is not counted.</summary>
    public int Dropped { get; }

    /// <summary>Opens (or creates) the journal at <paramref name="path"/> with <paramref name="header"/>, keeping only lines that fit <paramref name="design"/>.</summary>
    public static SweepJournal Open(string path, string header, SweepDesign design, ulong masterSeed)
    {
        var fields = header.Split(',').Length;
        var done = new HashSet<(int, int)>();
        var dropped = 0;
        var temp = path + ".tmp";
        using (var rewritten = new CsvWriter(temp))
        {
            rewritten.RawLine(header);
            if (File.Exists(path))
            {
                // Streamed line by line (a journal with monthly paths holds a long line per run). Line 0 is the header; a
                // last line not ended by "\n" was cut short by a kill and is left out (not counted as dropped).
                using var reader = new StreamReader(path, new UTF8Encoding(false));
                var complete = EndsWithNewline(path);
                reader.ReadLine();
                var line = reader.ReadLine();
                while (line is not null)
                {
                    var next = reader.ReadLine();
                    if (next is null && !complete) break;
                    if (Parse(line, fields, design, masterSeed) is { } unit && done.Add(unit)) rewritten.RawLine(line);
                    else dropped++;
                    line = next;
                }
            }
        }
        File.Move(temp, path, overwrite: true);
        var writer = new CsvWriter(path, append: true);
        return new SweepJournal(writer, fields, done, dropped);
    }

    private static bool EndsWithNewline(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);
        if (stream.Length == 0) return true;
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte() == '\n';
    }

    /// <summary>The unit a journal line records, or null when the line does not fit the design.</summary>
    private static (int, int)? Parse(string line, int fields, SweepDesign design, ulong masterSeed)
    {
        var parts = line.Split(',');
        if (parts.Length != fields) return null;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p >= design.Points.Length) return null;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var r) || r >= design.Replications) return null;
        if (parts[2] != Seeds.Replication(masterSeed, r).ToString(CultureInfo.InvariantCulture)) return null;
        var k = design.Factors.Count;
        for (var f = 0; f < k; f++)
        {
            if (parts[3 + f] != Runners.ResultsWriter.Format(design.Points[p][f])) return null;
        }
        for (var m = 3 + k; m < parts.Length; m++)
        {
            if (!double.TryParse(parts[m], NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return null;
        }
        return (p, r);
    }

    /// <summary>Appends one completed unit and flushes it to disk.</summary>
    public void Append(string line)
    {
        if (line.Split(',').Length != _fields) throw new InvalidOperationException("journal line has the wrong number of fields");
        _writer.RawLine(line);
        _writer.Flush();
    }

    /// <summary>Closes the journal.</summary>
    public void Dispose() => _writer.Dispose();
}
