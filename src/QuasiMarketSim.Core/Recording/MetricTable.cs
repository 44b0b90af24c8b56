namespace QuasiMarketSim.Core.Recording;

/// <summary>
/// A results table: one row per tick, one double column per metric. Analysis and output read this,
/// never the model's internal state.
/// </summary>
public sealed class MetricTable
{
    private readonly List<double[]> _rows;
    private readonly double[][] _reserved;

    /// <summary>
    /// Creates an empty table with the given column names (in order), with storage for <paramref name="capacity"/>
    /// rows reserved up front so that adding them allocates nothing.
    /// </summary>
    public MetricTable(IReadOnlyList<string> columns, int capacity = 0)
    {
        Columns = columns;
        _rows = new List<double[]>(capacity);
        _reserved = new double[capacity][];
        for (var i = 0; i < capacity; i++) _reserved[i] = new double[columns.Count];
    }

    /// <summary>Column names, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Rows in the order they were added.</summary>
    public IReadOnlyList<double[]> Rows => _rows;

    /// <summary>Appends a copy of <paramref name="row"/>, which must have one value per column.</summary>
    public void Add(ReadOnlySpan<double> row)
    {
        if (row.Length != Columns.Count)
        {
            throw new ArgumentException($"Row has {row.Length} values but the table has {Columns.Count} columns.", nameof(row));
        }
        if (_rows.Count < _reserved.Length)
        {
            var target = _reserved[_rows.Count];
            row.CopyTo(target);
            _rows.Add(target);
        }
        else _rows.Add(row.ToArray());
    }

    /// <summary>The index of a column, or -1.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column) return i;
        }
        return -1;
    }

    /// <summary>All values of one column, in row order.</summary>
    public double[] Column(string column)
    {
        var c = IndexOf(column);
        if (c < 0) throw new KeyNotFoundException($"No column '{column}'.");
        var values = new double[_rows.Count];
        for (var r = 0; r < _rows.Count; r++) values[r] = _rows[r][c];
        return values;
    }
}
