using System.Globalization;
using System.Text;
using QuasiMarketSim.Core.Recording;
using QuasiMarketSim.Experiments.Statistics;
using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Runners;

namespace QuasiMarketSim.Experiments.Replications;

/// <summary>
/// The completed replications of one scenario, streamed to replications.csv as they complete, so memory stays flat
/// however many there are: only each replication's whole-run values (one number per metric) are kept. Rows are
/// written in replication order whatever order runs finish in (a replication finished early waits, with at most
/// about one per thread waiting), so the file and every statistic computed from it are identical at any thread count.
/// </summary>
public sealed class ReplicationSet : IDisposable
{
    private readonly string _path;
    private readonly List<int> _plan = [];
    private readonly SortedDictionary<int, (ulong Seed, MetricTable Table)> _waiting = [];
    private readonly List<int> _replications = [];
    private readonly List<ulong> _seeds = [];
    private readonly List<double[]> _wholeRun = [];
    private CsvWriter? _csv;
    private ConfidenceInterval[][]? _tickIntervals;
    private int _next;

    /// <summary>Creates an empty set that writes replications.csv at <paramref name="csvPath"/>.</summary>
    public ReplicationSet(string csvPath) => _path = csvPath;

    /// <summary>The metrics, in column order (empty until the first replication).</summary>
    public IReadOnlyList<MetricInfo> Metrics { get; private set; } = [];

    /// <summary>Months recorded per replication.</summary>
    public int Ticks { get; private set; }

    /// <summary>Replications written, in order.</summary>
    public IReadOnlyList<int> Replications => _replications;

    /// <summary>Their seeds, in the same order.</summary>
    public IReadOnlyList<ulong> Seeds => _seeds;

    /// <summary>Number of replications written.</summary>
    public int Count => _replications.Count;

    /// <summary>Appends replication numbers to the plan, in the order their rows are to be written (ascending).</summary>
    public void Plan(IEnumerable<int> replications) => _plan.AddRange(replications);

    /// <summary>Adds a completed replication; it is written once every replication planned before it is.</summary>
    public void Add(int replication, ulong seed, MetricTable table, IReadOnlyList<MetricInfo> metrics)
    {
        if (Metrics.Count == 0)
        {
            Metrics = metrics;
            Ticks = table.Rows.Count;
        }
        _waiting[replication] = (seed, table);
        while (_next < _plan.Count && _waiting.Remove(_plan[_next], out var ready))
        {
            Write(_plan[_next], ready.Seed, ready.Table);
            _next++;
        }
    }

    /// <summary>Writes the replications still waiting for an earlier one that will not come (after an interruption).</summary>
    public void FlushWaiting()
    {
        foreach (var (replication, (seed, table)) in _waiting) Write(replication, seed, table);
        _waiting.Clear();
    }

    /// <summary>Finishes replications.csv.</summary>
    public void Close()
    {
        _csv?.Dispose();
        _csv = null;
    }

    /// <summary>Whole-run values (flows totalled, levels averaged) of one metric, one per replication in order.</summary>
    public double[] WholeRun(int metric) => [.. _wholeRun.Select(v => v[metric])];

    /// <summary>Interval of the whole-run value of each metric across replications (on the logit scale for 0-1 quantities).</summary>
    public IReadOnlyList<ConfidenceInterval> WholeRunIntervals() =>
        [.. Enumerable.Range(0, Metrics.Count).Select(m => Metrics[m].IsBounded ? ConfidenceInterval.OfBounded(WholeRun(m)) : ConfidenceInterval.Of(WholeRun(m)))];

    /// <summary>The index of the metric named <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Metrics.Count; i++) if (Metrics[i].Name == name) return i;
        return -1;
    }

    /// <summary>
    /// Interval of each metric at each tick across replications ([tick][metric]), read back from replications.csv in
    /// two passes (sums, then squared deviations), so memory is one pair of numbers per tick and metric. The values
    /// round-trip exactly, and are summed in replication order, as <see cref="ConfidenceInterval.Of"/> sums them.
    /// Computed once (when aggregate.csv is written) and kept.
    /// </summary>
    public ConfidenceInterval[][] TickIntervals() => _tickIntervals ??= ReadTickIntervals();

    private ConfidenceInterval[][] ReadTickIntervals()
    {
        var n = Count;
        var sum = new double[Ticks, Metrics.Count];
        var ss = new double[Ticks, Metrics.Count];
        ForEachRow((tick, m, v) => sum[tick, m] += v);
        var mean = new double[Ticks, Metrics.Count];
        for (var t = 0; t < Ticks; t++) for (var m = 0; m < Metrics.Count; m++) mean[t, m] = sum[t, m] / n;
        ForEachRow((tick, m, v) => ss[tick, m] += (v - mean[tick, m]) * (v - mean[tick, m]));
        var result = new ConfidenceInterval[Ticks][];
        for (var t = 0; t < Ticks; t++)
        {
            result[t] = new ConfidenceInterval[Metrics.Count];
            for (var m = 0; m < Metrics.Count; m++)
            {
                result[t][m] = Metrics[m].IsBounded ? ConfidenceInterval.FromMomentsBounded(n, mean[t, m], ss[t, m]) : ConfidenceInterval.FromMoments(n, mean[t, m], ss[t, m]);
            }
        }
        return result;
    }

    /// <summary>Closes the file (if still open).</summary>
    public void Dispose() => Close();

    private void Write(int replication, ulong seed, MetricTable table)
    {
        if (_csv is null)
        {
            _csv = new CsvWriter(_path);
            _csv.Row(["replication", "seed", "tick", .. Metrics.Select(m => m.Name)]);
        }
        for (var t = 0; t < table.Rows.Count; t++)
        {
            _csv.Cell(replication).Cell(seed).Cell(t);
            foreach (var v in table.Rows[t]) _csv.Cell(v);
            _csv.EndRow();
        }
        _replications.Add(replication);
        _seeds.Add(seed);
        _wholeRun.Add(RunUnit.WholeRun(table, Metrics));
    }

    private void ForEachRow(Action<int, int, double> visit)
    {
        if (_csv is not null) throw new InvalidOperationException("replications.csv is still being written");
        using var reader = new StreamReader(_path, Encoding.UTF8);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(',');
            var tick = int.Parse(fields[2], CultureInfo.InvariantCulture);
            for (var m = 0; m < Metrics.Count; m++) visit(tick, m, double.Parse(fields[3 + m], CultureInfo.InvariantCulture));
        }
    }
}
