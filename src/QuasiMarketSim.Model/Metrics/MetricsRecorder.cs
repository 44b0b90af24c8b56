using System.Runtime.CompilerServices;
using QuasiMarketSim.Core.Recording;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Metrics;

/// <summary>
/// Process 10, metrics: counts the month once (<see cref="MetricTally"/>), reads every probe from the count into one
/// row, and appends it to the results table after the warm-up; when asked, also each area's metrics
/// (<see cref="AreaTally"/>, <see cref="AreaCatalog"/>) into <see cref="AreaResults"/>.
/// </summary>
internal sealed class MetricsRecorder
{
    private readonly double[] _row;
    private readonly Probe[] _probes;
    private readonly MetricTally _tally;
    private readonly AreaTally? _areaTally;

    public MetricsRecorder(QuasiMarket w, bool perArea = false)
    {
        _probes = [.. MetricCatalog.ProbesFor(w.Lines, w.Categories)];
        Metrics = [.. _probes.Select(p => p.Info)];
        Table = new MetricTable([.. Metrics.Select(m => m.Name)], capacity: w.Input.Ticks);
        _row = new double[_probes.Length];
        _tally = new MetricTally(w);
        if (!perArea) return;
        _areaTally = new AreaTally(w);
        AreaResults = new AreaResults([.. Enumerable.Range(0, w.AreaCount).Select(w.Input.AreaName)], w.Input.Ticks);
    }

    public IReadOnlyList<MetricInfo> Metrics { get; }
    public MetricTable Table { get; }

    /// <summary>Each area's metrics per recorded month, or null when they are not recorded.</summary>
    public AreaResults? AreaResults { get; }

    /// <summary>Computes the row for <paramref name="tick"/>; records it (and each area's) when the warm-up is over.</summary>
    public void Run(QuasiMarket w, int tick)
    {
        _tally.RecordedMonth = Math.Max(0, tick - w.Warmup);
        Compute(_row);
        if (tick < w.Warmup) return;
        Table.Add(_row);
        if (_areaTally is not null) ComputeAreas(AreaResults!.Next());
    }

    /// <summary>Fills <paramref name="row"/> with the current month's metrics.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Compute(Span<double> row)
    {
        _tally.Count();
        for (var i = 0; i < _probes.Length; i++) row[i] = _probes[i].Read(_tally);
    }

    /// <summary>Fills <paramref name="values"/> (area by area, in <see cref="AreaCatalog"/> order) with each area's metrics this month.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ComputeAreas(Span<double> values)
    {
        var tally = _areaTally!;
        tally.Count();
        var probes = AreaCatalog.Probes;
        for (var a = 0; a < tally.Contracts.Length; a++)
        {
            for (var m = 0; m < probes.Length; m++) values[a * probes.Length + m] = probes[m].Read(tally, a);
        }
    }
}
