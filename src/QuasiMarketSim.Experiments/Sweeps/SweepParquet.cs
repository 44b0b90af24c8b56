using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace QuasiMarketSim.Experiments.Sweeps;

/// <summary>
/// Writes a sweep table (sweep.csv, points.csv, paths.csv) as Apache Parquet with the same columns and values:
/// <c>point</c>, <c>replication</c>, <c>tick</c> and <c>n</c> as 32-bit integers, <c>seed</c> as an unsigned 64-bit
/// integer, <c>metric</c> as text, every other column as a 64-bit float. Rows are read from the CSV and written in
/// row groups of <see cref="RowGroupRows"/>, so memory does not grow with the table. Snappy-compressed; the same
/// CSV always gives the same bytes.
/// </summary>
internal static class SweepParquet
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupRows = 100_000;

    /// <summary>Writes <paramref name="parquetPath"/> from the CSV table at <paramref name="csvPath"/> (written by quasim: no quoted fields).</summary>
    public static void FromCsv(string csvPath, string parquetPath) => FromCsvAsync(csvPath, parquetPath).GetAwaiter().GetResult();

    private static async Task FromCsvAsync(string csvPath, string parquetPath)
    {
        using var reader = new StreamReader(csvPath);
        var header = (await reader.ReadLineAsync().ConfigureAwait(false) ?? throw new InvalidDataException($"{csvPath} is empty")).Split(',');
        var columns = header.Select(Column.For).ToArray();
        await using var stream = File.Create(parquetPath);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(columns.Select(c => c.Field)), stream).ConfigureAwait(false);
        var rows = 0;
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            var fields = line.Split(',');
            if (fields.Length != columns.Length) throw new InvalidDataException($"{csvPath}: a row has {fields.Length} fields, the header {columns.Length}");
            for (var c = 0; c < columns.Length; c++) columns[c].Set(rows, fields[c]);
            if (++rows < RowGroupRows) continue;
            await WriteRowGroup(writer, columns, rows).ConfigureAwait(false);
            rows = 0;
        }
        if (rows > 0) await WriteRowGroup(writer, columns, rows).ConfigureAwait(false);
    }

    private static async Task WriteRowGroup(ParquetWriter writer, Column[] columns, int rows)
    {
        using var group = writer.CreateRowGroup();
        foreach (var c in columns) await c.Write(group, rows).ConfigureAwait(false);
    }

    /// <summary>One column: its Parquet field and a row group's worth of values.</summary>
    private abstract class Column(DataField field)
    {
        public DataField Field { get; } = field;

        public abstract void Set(int row, string text);

        public abstract Task Write(ParquetRowGroupWriter group, int rows);

        public static Column For(string name) => name switch
        {
            "point" or "replication" or "tick" or "n" => new Typed<int>(name, t => int.Parse(t, CultureInfo.InvariantCulture)),
            "seed" => new Typed<ulong>(name, t => ulong.Parse(t, CultureInfo.InvariantCulture)),
            "metric" => new Text(name),
            _ => new Typed<double>(name, t => double.Parse(t, CultureInfo.InvariantCulture)),
        };
    }

    private sealed class Typed<T>(string name, Func<string, T> parse) : Column(new DataField<T>(name))
        where T : struct
    {
        private readonly T[] _values = new T[RowGroupRows];

        public override void Set(int row, string text) => _values[row] = parse(text);

        public override async Task Write(ParquetRowGroupWriter group, int rows) =>
            await group.WriteAsync(Field, new ReadOnlyMemory<T>(_values, 0, rows)).ConfigureAwait(false);
    }

    private sealed class Text(string name) : Column(new DataField<string>(name))
    {
        private readonly string[] _values = new string[RowGroupRows];

        public override void Set(int row, string text) => _values[row] = text;

        public override async Task Write(ParquetRowGroupWriter group, int rows) =>
            await group.WriteAsync(Field, new ArraySegment<string>(_values, 0, rows)).ConfigureAwait(false);
    }
}
