using QuasiMarketSim.Experiments.Comparison;

namespace QuasiMarketSim.Experiments.Tests.Patterns;

/// <summary>
/// What README's "What the model finds, and when it flips" states, each decided by a paired comparison of the
/// three-PCT baseline (95% intervals, common random numbers).
/// </summary>
public class FindingsTests
{
    private const int Replications = 10;

    private static Func<string, MetricDifference> Compare(TempFolder dir, string b, params string[] both)
    {
        var r = PairedComparison.Execute(new CompareRequest(RepoPaths.Scenario("baseline"), both, RepoPaths.Scenario(b), both, Replications, Threads: 2,
            OutputDirectory: dir.Sub(Guid.NewGuid().ToString("N"))));
        return metric => r.Differences.Single(d => d.Metric.Name == metric);
    }

    private static Func<string, MetricDifference> Changed(TempFolder dir, params string[] set)
    {
        var r = PairedComparison.Execute(new CompareRequest(RepoPaths.Scenario("baseline"), [], RepoPaths.Scenario("baseline"), set, Replications, Threads: 2,
            OutputDirectory: dir.Sub(Guid.NewGuid().ToString("N"))));
        return metric => r.Differences.Single(d => d.Metric.Name == metric);
    }

    [Fact]
    public void Quality_comes_from_the_agency_stance_not_from_the_transactional_mix()
    {
        using var dir = new TempFolder();
        var mix = Changed(dir, "commissioning.relational_mix=0.2");
        Assert.True(mix("quality_true_mean").Paired.High < 0, $"mix alone: quality {mix("quality_true_mean").Paired.Mean:F3}");
        Assert.True(mix("admissions_per_1000").Paired.Low > 0, "mix alone raises admissions");
        var stance = Changed(dir, "commissioning.stance=agency");
        Assert.True(stance("quality_true_mean").Paired.Low > 0.1, $"stance alone: quality {stance("quality_true_mean").Paired.Mean:F3}");
    }

    [Fact]
    public void The_quality_lead_flips_to_a_loss_without_challenge_and_complacency()
    {
        using var dir = new TempFolder();
        var defaults = Compare(dir, "transactional");
        Assert.True(defaults("quality_true_mean").Paired.Low > 0);
        var without = Compare(dir, "transactional", "providers.complacency=0", "providers.challenge_response=0");
        Assert.True(without("quality_true_mean").Paired.High < -0.05, $"quality {without("quality_true_mean").Paired.Mean:F3}");
    }

    [Fact]
    public void Transactional_costs_commissioners_less_and_providers_pay_for_it()
    {
        using var dir = new TempFolder();
        foreach (var set in new[] { Array.Empty<string>(), ["providers.complacency=0", "providers.challenge_response=0"] })
        {
            var d = Compare(dir, "transactional", set);
            var cost = d("commissioner_cost");
            Assert.True(cost.Paired.High < 0, $"{string.Join(' ', set)}: cost {cost.Paired.Mean:N0}");
            var share = -cost.Paired.Mean / cost.A.Mean;
            Assert.InRange(share, 0.015, 0.05);
        }
        var defaults = Compare(dir, "transactional");
        Assert.True(defaults("provider_reserves").Paired.High < 0, "providers' reserves fall");
        Assert.True(defaults("exits").Paired.Low > 0, "more providers exit");
    }
}
