using QuasiMarketSim.Experiments.Statistics;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.Tests.Statistics;

/// <summary>Interval coverage on a real model metric (slow: 400 runs).</summary>
public class ModelCoverageTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void Ten_replication_intervals_cover_the_models_long_run_mean_about_nominally()
    {
        var input = ScenarioLoader.Load(RepoPaths.Scenario("baseline"), ["ticks=24", "warmup=0"]).Input;
        const int groups = 40, perGroup = 10;
        var values = new double[groups * perGroup];
        Parallel.For(0, values.Length, r =>
        {
            var (table, metrics) = RunUnit.Run(input, Seeds.Replication(7, r));
            values[r] = RunUnit.WholeRun(table, metrics)[metrics.ToList().FindIndex(m => m.Name == "admissions_per_1000")];
        });
        // The mean of all 400 runs stands in for the truth; its own error is a tenth of a 10-run interval's half-width.
        var truth = values.Average();
        var covered = Enumerable.Range(0, groups)
            .Select(g => ConfidenceInterval.Of(values[(g * perGroup)..((g + 1) * perGroup)]))
            .Count(ci => ci.Low <= truth && truth <= ci.High);
        // 40 trials at p = 0.95: 3 binomial sds below is about 34.
        Assert.InRange(covered, 34, 40);
    }
}
