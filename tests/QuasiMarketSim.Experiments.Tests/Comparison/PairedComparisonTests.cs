using QuasiMarketSim.Experiments.Comparison;

namespace QuasiMarketSim.Experiments.Tests.Comparison;

public class PairedComparisonTests
{
    [Fact]
    public void Identical_scenarios_give_zero_difference_and_an_interval_containing_zero()
    {
        using var dir = new TempFolder();
        var r = PairedComparison.Execute(new CompareRequest(RepoPaths.Scenario("baseline"), [], RepoPaths.Scenario("baseline"), [], 5, Ticks: 24, Threads: 2, OutputDirectory: dir.Sub("c")));
        foreach (var d in r.Differences)
        {
            // Common random numbers: the same scenario and seeds give exactly the same runs.
            Assert.Equal(0, d.Paired.Mean);
            Assert.True(d.Paired.Low <= 0 && 0 <= d.Paired.High);
            // The independent-seeds arm is a genuine difference of two samples; its interval must contain zero too
            // for the headline metrics (they are the same world).
            if (d.Metric.Name is "trust_mean" or "quality_true_mean") Assert.True(d.Independent.Low <= 0 && 0 <= d.Independent.High, d.Metric.Name);
        }
        Assert.Contains("unchanged", r.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Common_random_numbers_tighten_the_interval_of_a_small_change()
    {
        using var dir = new TempFolder();
        var r = PairedComparison.Execute(new CompareRequest(RepoPaths.Scenario("baseline"), [], RepoPaths.Scenario("baseline"),
            ["patients.telephone_care_effect=0.3"], 12, Ticks: 36, Threads: 2, OutputDirectory: dir.Sub("c")));
        var admissions = r.Differences.Single(d => d.Metric.Name == "admissions_per_1000");
        Assert.True(admissions.WidthRatio > 1.5, $"CRN interval should be much tighter; ratio {admissions.WidthRatio}");
    }

    [Fact]
    public void Plain_language_states_direction_size_and_interval()
    {
        using var dir = new TempFolder();
        var r = PairedComparison.Execute(new CompareRequest(RepoPaths.Scenario("baseline"), [], RepoPaths.Scenario("transactional"), [], 6, Ticks: 36, Threads: 2, OutputDirectory: dir.Sub("c")));
        Assert.StartsWith("transactional ", r.Sentence, StringComparison.Ordinal);
        Assert.Contains("lowers trust by", r.Sentence, StringComparison.Ordinal);
        var trust = r.Differences.Single(d => d.Metric.Name == "trust_mean");
        Assert.True(trust.Paired.High < 0);
        Assert.True(trust.EffectSize < 0);
    }
}
