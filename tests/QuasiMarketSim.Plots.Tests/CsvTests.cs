using Microsoft.VisualBasic.FileIO;
using QuasiMarketSim.Runners;

namespace QuasiMarketSim.Plots.Tests;

/// <summary>
/// Every CSV file quasim writes goes through <see cref="CsvWriter"/>; a text cell with a comma, a quote or a line
/// break comes back whole through the figures' reader (<see cref="Csv"/>) and through a standard RFC 4180 parser.
/// </summary>
public sealed class CsvTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "qms-csv-tests", Guid.NewGuid().ToString("N"));

    public CsvTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private static readonly string[] Awkward =
    [
        "GBP per month, discounted",
        "the \"agency\" stance",
        "two\nlines",
        "windows\r\nline end",
        "all, \"of\"\nthem",
        " leading and trailing spaces ",
        "",
        "plain",
    ];

    [Fact]
    public void Text_cells_with_commas_quotes_and_line_breaks_round_trip_through_the_figures_reader()
    {
        var path = Write();
        var csv = Csv.Read(path);
        Assert.Equal(["cell", "value"], csv.Header);
        Assert.Equal(Awkward, csv.Rows.Select(r => csv.Text(r, "cell")));
        Assert.Equal(Enumerable.Range(0, Awkward.Length).Select(i => i + 0.5), csv.Rows.Select(r => csv.Number(r, "value")));
    }

    [Fact]
    public void Text_cells_with_commas_quotes_and_line_breaks_round_trip_through_a_standard_parser()
    {
        var path = Write();
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        Assert.Equal(["cell", "value"], parser.ReadFields()!);
        var cells = new List<string>();
        while (!parser.EndOfData) cells.Add(parser.ReadFields()![0]);
        // Line ends inside a cell are compared as "\n" (a parser may hand back a quoted "\r\n" either way).
        static string Lf(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(Awkward.Select(Lf), cells.Select(Lf));
    }

    [Fact]
    public void Cells_that_need_no_quotes_are_written_as_they_are()
    {
        Assert.Equal("trust_mean,0-1,0.5,-1E-05,NaN", CsvWriter.Line(["trust_mean", "0-1", CsvWriter.Number(0.5), CsvWriter.Number(-1e-5), CsvWriter.Number(double.NaN)]));
        Assert.Equal("\"a,b\",\"say \"\"no\"\"\",\"x\ny\"", CsvWriter.Line(["a,b", "say \"no\"", "x\ny"]));
        var path = Path.Combine(_root, "plain.csv");
        using (var csv = new CsvWriter(path))
        {
            csv.Row(["tick", "trust_mean"]);
            csv.Cell(0).Cell(0.25).EndRow();
        }
        Assert.Equal("tick,trust_mean\n0,0.25\n"u8.ToArray(), File.ReadAllBytes(path));
    }

    private string Write()
    {
        var path = Path.Combine(_root, "awkward.csv");
        CsvWriter.Write(path, ["cell", "value"], Awkward.Select((a, i) => (IEnumerable<string>)[a, CsvWriter.Number(i + 0.5)]));
        return path;
    }
}
