using QuasiMarketSim.Core.Recording;
using QuasiMarketSim.Experiments.Statistics;
using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Experiments.Replications;

/// <summary>The completed replications of one scenario, indexed by replication number.</summary>
public sealed class ReplicationSet
{
    private readonly SortedDictionary<int, (ulong Seed, MetricTable Table)> _runs = [];

    /// <summary>Creates an empty set for runs reporting <paramref name="metrics"/>.</summary>
    public ReplicationSet(IReadOnlyList<MetricInfo> metrics) => Metrics = metrics;

    /// <summary>The metrics, in column order.</summary>
    public IReadOnlyList<MetricInfo> Metrics { get; }

    /// <summary>Completed replications, by number.</summary>
    public IReadOnlyDictionary<int, (ulong Seed, MetricTable Table)> Runs => _runs;

    /// <summary>Number of completed replications.</summary>
    public int Count => _runs.Count;

    /// <summary>Adds a completed replication.</summary>
    public void Add(int replication, ulong seed, MetricTable table) => _runs[replication] = (seed, table);

    /// <summary>Whole-run values (flows totalled, levels averaged) of one metric, one per replication in order.</summary>
    public double[] WholeRun(int metric) => [.. _runs.Values.Select(r => RunUnit.WholeRun(r.Table, Metrics)[metric])];

    /// <summary>Interval of the whole-run value of each metric across replications.</summary>
    public IReadOnlyList<ConfidenceInterval> WholeRunIntervals()
    {
        var perRun = _runs.Values.Select(r => RunUnit.WholeRun(r.Table, Metrics)).ToList();
        return [.. Enumerable.Range(0, Metrics.Count).Select(m => ConfidenceInterval.Of([.. perRun.Select(v => v[m])]))];
    }

    /// <summary>Interval of each metric at each tick across replications: [tick][metric].</summary>
    public ConfidenceInterval[][] TickIntervals()
    {
        var ticks = _runs.Values.Min(r => r.Table.Rows.Count);
        var result = new ConfidenceInterval[ticks][];
        var values = new double[_runs.Count];
        for (var t = 0; t < ticks; t++)
        {
            result[t] = new ConfidenceInterval[Metrics.Count];
            for (var m = 0; m < Metrics.Count; m++)
            {
                var i = 0;
                foreach (var run in _runs.Values) values[i++] = run.Table.Rows[t][m];
                result[t][m] = ConfidenceInterval.Of(values);
            }
        }
        return result;
    }
}
