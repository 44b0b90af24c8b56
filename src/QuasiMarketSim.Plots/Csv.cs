using System.Globalization;

namespace QuasiMarketSim.Plots;

/// <summary>A results CSV file read into columns by name.</summary>
public sealed class Csv
{
    private readonly Dictionary<string, int> _index;

    private Csv(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _index = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i);
    }

    /// <summary>Column names.</summary>
    public string[] Header { get; }
    /// <summary>Data rows, as text fields.</summary>
    public List<string[]> Rows { get; }

    /// <summary>Reads a CSV file written by quasim (header row; quoted fields allowed).</summary>
    public static Csv Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) throw new InvalidDataException($"{path} is empty");
        return new Csv(Split(lines[0]), [.. lines.Skip(1).Where(l => l.Length > 0).Select(Split)]);
    }

    /// <summary>Splits one line at commas outside double quotes (RFC 4180 quoting, "" for a quote).</summary>
    public static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(ch);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }

    /// <summary>True when the file has column <paramref name="column"/>.</summary>
    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>A field as text.</summary>
    public string Text(string[] row, string column) => row[_index.TryGetValue(column, out var i) ? i : throw new KeyNotFoundException($"no column '{column}'")];

    /// <summary>A field as a number (invariant culture).</summary>
    public double Number(string[] row, string column) => double.Parse(Text(row, column), CultureInfo.InvariantCulture);
}
