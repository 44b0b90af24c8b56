using QuasiMarketSim.Experiments.Check;
using QuasiMarketSim.Experiments.Replications;

namespace QuasiMarketSim.Experiments.Tests.Check;

public class SanityCheckTests
{
    [Fact]
    public void The_relational_baseline_tenders_nothing_while_the_observed_tendering_sits_with_the_transactional_repertoire()
    {
        // Tenders come only from the appraisal (no policy draw): the relational three-PCT baseline finds none worth its
        // costs, below the ~6% of awards CCGs tendered under the 2012 Act's competition rules; the transactional
        // repertoire lands within both tendering ranges. Costs and staff are within range in both.
        using var dir = new TempFolder();
        var (_, baseline) = SanityCheck.Execute(new ReplicationRequest(RepoPaths.Scenario("baseline"), [], 10, Threads: 2, OutputDirectory: dir.Sub("b")));
        Assert.Equal(5, baseline.Count);
        Assert.Equal(0.0, baseline[0].Model.Mean);
        Assert.Equal(0.0, baseline[1].Model.Mean);
        Assert.False(baseline[0].Within || baseline[1].Within);
        Assert.All(baseline.Skip(2), f => Assert.True(f.Within, $"{f.Figure}: {f.Model.Mean:P1} outside {f.Low:P0}-{f.High:P0}"));
        var (_, transactional) = SanityCheck.Execute(new ReplicationRequest(RepoPaths.Scenario("transactional"), [], 10, Threads: 2, OutputDirectory: dir.Sub("t")));
        Assert.All(transactional, f => Assert.True(f.Within, $"transactional {f.Figure}: {f.Model.Mean:P1} outside {f.Low:P0}-{f.High:P0}"));
    }
}
