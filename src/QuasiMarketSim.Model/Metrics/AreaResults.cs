namespace QuasiMarketSim.Model.Metrics;

/// <summary>
/// A run's per-area metrics: for each recorded month and area, one value per metric of <see cref="AreaCatalog"/>.
/// Stored flat (month, then area, then metric) in space reserved for the run's months, so recording allocates nothing.
/// </summary>
public sealed class AreaResults
{
    private double[] _values;

    internal AreaResults(IReadOnlyList<string> names, int capacityTicks)
    {
        Names = names;
        _values = new double[Math.Max(1, capacityTicks) * names.Count * Metrics.Count];
    }

    /// <summary>The metrics, in column order.</summary>
    public IReadOnlyList<MetricInfo> Metrics { get; } = AreaCatalog.Metrics;

    /// <summary>Each area's name: the scenario's "areas" element that sets it, or "" when none does.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Areas.</summary>
    public int AreaCount => Names.Count;

    /// <summary>Months recorded so far.</summary>
    public int Ticks { get; private set; }

    /// <summary>The values of area <paramref name="area"/> in recorded month <paramref name="tick"/>, in metric order.</summary>
    public ReadOnlySpan<double> Row(int tick, int area)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)tick, (uint)Ticks, nameof(tick));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)area, (uint)AreaCount, nameof(area));
        return _values.AsSpan((tick * AreaCount + area) * Metrics.Count, Metrics.Count);
    }

    /// <summary>Space for the next month's values (area by area); grows only past the reserved months.</summary>
    internal Span<double> Next()
    {
        var size = AreaCount * Metrics.Count;
        if ((Ticks + 1) * size > _values.Length) Array.Resize(ref _values, _values.Length * 2);
        return _values.AsSpan(Ticks++ * size, size);
    }
}
