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

    /// <summary>Reads a CSV file written by quasim (header row; RFC 4180 quoting, so a quoted field may hold commas, quotes and line breaks).</summary>
    public static Csv Read(string path)
    {
        var records = Parse(File.ReadAllText(path));
        if (records.Count == 0) throw new InvalidDataException($"{path} is empty");
        return new Csv(records[0], [.. records.Skip(1).Where(r => r is not [""])]);
    }

    /// <summary>
    /// Splits CSV text into records of fields (RFC 4180): fields separated by commas, records by "\n" or "\r\n" outside
    /// double quotes; inside quotes a doubled quote is one quote, and commas and line breaks are kept as they are.
    /// </summary>
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else field.Append(ch);
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }
        return records;
    }

    /// <summary>Splits one record at commas outside double quotes (RFC 4180 quoting, "" for a quote).</summary>
    public static string[] Split(string line) => Parse(line).FirstOrDefault() ?? [""];

    /// <summary>True when the file has column <paramref name="column"/>.</summary>
    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>A field as text.</summary>
    public string Text(string[] row, string column) => row[_index.TryGetValue(column, out var i) ? i : throw new KeyNotFoundException($"no column '{column}'")];

    /// <summary>A field as a number (invariant culture).</summary>
    public double Number(string[] row, string column) => double.Parse(Text(row, column), CultureInfo.InvariantCulture);
}
