using QuasiMarketSim.Core.Recording;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Metrics;

/// <summary>
/// Process 10, metrics: counts the month once (<see cref="MetricTally"/>), reads every probe from the count into one
/// row, and appends it to the results table after the warm-up.
/// </summary>
internal sealed class MetricsRecorder
{
    private readonly double[] _row;
    private readonly Probe[] _probes;
    private readonly MetricTally _tally;

    public MetricsRecorder(QuasiMarket w)
    {
        _probes = [.. MetricCatalog.ProbesFor(w.Lines, w.Categories)];
        Metrics = [.. _probes.Select(p => p.Info)];
        Table = new MetricTable([.. Metrics.Select(m => m.Name)], capacity: w.Input.Ticks);
        _row = new double[_probes.Length];
        _tally = new MetricTally(w);
    }

    public IReadOnlyList<MetricInfo> Metrics { get; }
    public MetricTable Table { get; }

    /// <summary>Computes the row for <paramref name="tick"/>; records it when the warm-up is over.</summary>
    public void Run(QuasiMarket w, int tick)
    {
        _tally.RecordedMonth = Math.Max(0, tick - w.Warmup);
        Compute(_row);
        if (tick >= w.Warmup) Table.Add(_row);
    }

    /// <summary>Fills <paramref name="row"/> with the current month's metrics.</summary>
    public void Compute(Span<double> row)
    {
        _tally.Count();
        for (var i = 0; i < _probes.Length; i++) row[i] = _probes[i].Read(_tally);
    }
}
