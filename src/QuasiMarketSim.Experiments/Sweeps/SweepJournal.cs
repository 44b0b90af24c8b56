using System.Globalization;
using System.Text;

namespace QuasiMarketSim.Experiments.Sweeps;

/// <summary>
/// The append-only record of completed sweep units, one CSV line each, flushed as each unit finishes. A process
/// killed mid-write leaves at most one partial last line, which <see cref="Open"/> discards.
/// </summary>
public sealed class SweepJournal : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly int _fields;

    private SweepJournal(StreamWriter writer, int fields, HashSet<(int, int)> done)
    {
        _writer = writer;
        _fields = fields;
        Done = done;
    }

    /// <summary>(point, replication) pairs already recorded.</summary>
    public HashSet<(int Point, int Replication)> Done { get; }

    /// <summary>Opens (or creates) the journal at <paramref name="path"/> with <paramref name="header"/>, keeping only complete lines.</summary>
    public static SweepJournal Open(string path, string header)
    {
        var fields = header.Split(',').Length;
        var done = new HashSet<(int, int)>();
        var keep = new StringBuilder();
        if (File.Exists(path))
        {
            var text = File.ReadAllText(path);
            var lines = text.Split('\n');
            // The last element is whatever followed the final newline: empty, or a line cut short by a kill.
            for (var i = 1; i < lines.Length - 1; i++)
            {
                var parts = lines[i].Split(',');
                if (parts.Length != fields) continue;
                if (!int.TryParse(parts[0], CultureInfo.InvariantCulture, out var p) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var r)) continue;
                if (done.Add((p, r))) keep.Append(lines[i]).Append('\n');
            }
        }
        File.WriteAllText(path, header + "\n" + keep);
        var writer = new StreamWriter(path, append: true, new UTF8Encoding(false)) { NewLine = "\n" };
        return new SweepJournal(writer, fields, done);
    }

    /// <summary>Appends one completed unit and flushes it to disk.</summary>
    public void Append(string line)
    {
        if (line.Split(',').Length != _fields) throw new InvalidOperationException("journal line has the wrong number of fields");
        _writer.Write(line + "\n");
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
