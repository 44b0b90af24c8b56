using QuasiMarketSim.Core.Recording;
using QuasiMarketSim.Experiments.Statistics;
using QuasiMarketSim.Model.Metrics;
using static QuasiMarketSim.Runners.ResultsWriter;

namespace QuasiMarketSim.Experiments.Comparison;

/// <summary>
/// One arm's monthly path of each headline metric across its replications. Replications are folded in in
/// replication order (Welford's update), holding back any that finish early, so the result is identical at any
/// thread count and memory does not grow with the number of replications.
/// </summary>
internal sealed class ArmPaths
{
    private readonly Dictionary<int, double[][]> _waiting = [];
    private IReadOnlyList<MetricInfo> _metrics = [];
    private double[,]? _mean, _m2;
    private int _folded;

    /// <summary>Takes replication <paramref name="replication"/>'s monthly values of the headline metrics.</summary>
    public void Add(int replication, MetricTable table, IReadOnlyList<MetricInfo> metrics)
    {
        var names = metrics.Select(m => m.Name).ToList();
        var headlines = MetricCatalog.Headlines.Select(h => names.IndexOf(h.Name)).Where(i => i >= 0).ToArray();
        _metrics = [.. headlines.Select(i => metrics[i])];
        _waiting[replication] = [.. table.Rows.Select(row => headlines.Select(i => row[i]).ToArray())];
        while (_waiting.Remove(_folded, out var rows)) Fold(rows);
    }

    private void Fold(double[][] rows)
    {
        _mean ??= new double[rows.Length, _metrics.Count];
        _m2 ??= new double[rows.Length, _metrics.Count];
        _folded++;
        for (var t = 0; t < rows.Length; t++)
        {
            for (var m = 0; m < _metrics.Count; m++)
            {
                var delta = rows[t][m] - _mean[t, m];
                _mean[t, m] += delta / _folded;
                _m2[t, m] += delta * (rows[t][m] - _mean[t, m]);
            }
        }
    }

    /// <summary>paths.csv (tidy): arm, tick, metric, n, mean, ci_low, ci_high (95%; logit scale for 0-1 quantities) for both arms.</summary>
    public static void Write(string path, ArmPaths a, ArmPaths b) =>
        WriteCsv(path, "arm,tick,metric,n,mean,ci_low,ci_high", a.Rows("a").Concat(b.Rows("b")));

    private IEnumerable<string> Rows(string arm)
    {
        if (_mean is null || _m2 is null) yield break;
        for (var t = 0; t < _mean.GetLength(0); t++)
        {
            for (var m = 0; m < _metrics.Count; m++)
            {
                var ci = _metrics[m].IsBounded
                    ? ConfidenceInterval.FromMomentsBounded(_folded, _mean[t, m], _m2[t, m])
                    : ConfidenceInterval.FromMoments(_folded, _mean[t, m], _m2[t, m]);
                yield return $"{arm},{t},{_metrics[m].Name},{ci.N},{Format(ci.Mean)},{Format(ci.Low)},{Format(ci.High)}";
            }
        }
    }
}
