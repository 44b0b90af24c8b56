using System.Globalization;
using System.Text;

namespace QuasiMarketSim.Runners;

/// <summary>
/// The one writer of every CSV file quasim makes (RFC 4180): UTF-8 without a byte-order mark, comma-separated, "\n"
/// line ends, a header row. A text cell is quoted when it holds a comma, a double quote or a line break (a quote is
/// doubled); numbers are written in shortest round-trip form with '.' as the decimal separator, whatever the culture.
/// Cells are written one at a time, so large tables stream to disk without building rows in memory.
/// </summary>
public sealed class CsvWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private bool _inRow;

    /// <summary>Opens <paramref name="path"/> for writing (replacing it, or appending to it when <paramref name="append"/>).</summary>
    public CsvWriter(string path, bool append = false) =>
        _writer = new StreamWriter(path, append, new UTF8Encoding(false)) { NewLine = "\n" };

    /// <summary>Writes a whole CSV file: <paramref name="header"/>, then <paramref name="rows"/>, each cell quoted as needed.</summary>
    public static void Write(string path, IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        using var csv = new CsvWriter(path);
        csv.Row(header);
        foreach (var row in rows) csv.Row(row);
    }

    /// <summary>A text cell as it appears in the file: quoted (RFC 4180) when it holds a comma, a quote or a line break.</summary>
    public static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>One record as a line of text (no line end): the cells quoted as needed, joined by commas.</summary>
    public static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Quote));

    /// <summary>A number as a cell: shortest round-trip form, invariant culture ("NaN", "Infinity" when not finite).</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Writes a text cell of the current row.</summary>
    public CsvWriter Text(string cell)
    {
        Separate();
        _writer.Write(Quote(cell));
        return this;
    }

    /// <summary>Writes a number cell of the current row (<see cref="Number(double)"/>).</summary>
    public CsvWriter Cell(double value)
    {
        Separate();
        _writer.Write(Number(value));
        return this;
    }

    /// <summary>Writes a whole-number cell of the current row.</summary>
    public CsvWriter Cell(long value)
    {
        Separate();
        _writer.Write(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Writes a whole-number cell of the current row.</summary>
    public CsvWriter Cell(ulong value)
    {
        Separate();
        _writer.Write(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Ends the current row.</summary>
    public void EndRow()
    {
        _writer.Write('\n');
        _inRow = false;
    }

    /// <summary>Writes a whole row of text cells.</summary>
    public void Row(IEnumerable<string> cells)
    {
        foreach (var cell in cells) Text(cell);
        EndRow();
    }

    /// <summary>Writes a line already made by <see cref="Line"/> (a journal's record copied as it is).</summary>
    public void RawLine(string line)
    {
        if (_inRow) throw new InvalidOperationException("a row is half-written");
        _writer.Write(line);
        _writer.Write('\n');
    }

    /// <summary>Pushes what is written to the file (after each record of a journal, so a kill loses at most one).</summary>
    public void Flush() => _writer.Flush();

    /// <summary>Closes the file.</summary>
    public void Dispose() => _writer.Dispose();

    private void Separate()
    {
        if (_inRow) _writer.Write(',');
        _inRow = true;
    }
}
