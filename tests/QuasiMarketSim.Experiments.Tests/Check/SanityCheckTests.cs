using QuasiMarketSim.Experiments.Check;
using QuasiMarketSim.Experiments.Replications;

namespace QuasiMarketSim.Experiments.Tests.Check;

public class SanityCheckTests
{
    [Fact]
    public void Baseline_falls_within_every_reference_range_and_transactional_tenders_far_more()
    {
        using var dir = new TempFolder();
        var (_, baseline) = SanityCheck.Execute(new ReplicationRequest(RepoPaths.Scenario("baseline"), [], 10, Threads: 2, OutputDirectory: dir.Sub("b")));
        Assert.Equal(5, baseline.Count);
        Assert.All(baseline, f => Assert.True(f.Within, $"{f.Figure}: {f.Model.Mean:P1} outside {f.Low:P0}-{f.High:P0}"));
        var (_, transactional) = SanityCheck.Execute(new ReplicationRequest(RepoPaths.Scenario("transactional"), [], 10, Threads: 2, OutputDirectory: dir.Sub("t")));
        Assert.True(transactional[0].Model.Low > baseline[0].Model.High, "a transactional repertoire tenders a larger share of awards");
        Assert.False(transactional[0].Within);
    }
}
