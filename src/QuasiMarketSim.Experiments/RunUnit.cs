using QuasiMarketSim.Core.Recording;
using QuasiMarketSim.Model;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Experiments;

/// <summary>
/// The unit of work every experiment schedules: a pure function of (resolved scenario, seed) to a results table.
/// Runs single-threaded; experiments parallelise across units, so results never depend on the thread count or on
/// which unit finishes first. A cluster runner can schedule the same units.
/// </summary>
public static class RunUnit
{
    /// <summary>Runs <paramref name="input"/> with <paramref name="seed"/>.</summary>
    public static (MetricTable Table, IReadOnlyList<MetricInfo> Metrics) Run(ScenarioInput input, ulong seed, CancellationToken cancellation = default)
    {
        using var simulation = Simulation.Create(input, seed, threads: 1);
        return (simulation.Run(cancellation: cancellation), simulation.Metrics);
    }

    /// <summary>The whole-run value of each metric: the total over the run for flows, the mean for levels.</summary>
    public static double[] WholeRun(MetricTable table, IReadOnlyList<MetricInfo> metrics)
    {
        var values = new double[metrics.Count];
        for (var m = 0; m < metrics.Count; m++)
        {
            double sum = 0;
            foreach (var row in table.Rows) sum += row[m];
            values[m] = metrics[m].IsFlow ? sum : sum / Math.Max(1, table.Rows.Count);
        }
        return values;
    }
}
