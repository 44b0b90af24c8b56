using QuasiMarketSim.Core.Recording;
using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Runners.Tests;

public class SummaryTests
{
    [Fact]
    public void Flows_are_totalled_levels_are_not()
    {
        var table = new MetricTable(["tenders", "trust_mean"]);
        table.Add([1.0, 0.5]);
        table.Add([3.0, 0.7]);
        var s = Summary.Of(table, [new MetricInfo("tenders", "tenders", "count", MetricKind.Flow, "market", ""), new MetricInfo("trust_mean", "trust", "0-1", MetricKind.Share, "trust", "")]);
        Assert.Equal(new MetricSummary(3, 2, 1, 3, 4), s[0].Summary);
        Assert.Equal(new MetricSummary(0.7, 0.6, 0.5, 0.7, null), s[1].Summary with { Mean = Math.Round(s[1].Summary.Mean, 12) });
    }
}
