using QuasiMarketSim.Experiments.Comparison;
using QuasiMarketSim.Experiments.Replications;

namespace QuasiMarketSim.Experiments.Tests.Patterns;

/// <summary>
/// MODEL-BRIEF's patterns, decided by 95% confidence intervals over 20 paired replications (not by one seed).
/// Pattern 1 (in the three-PCT world a transactional repertoire pays more in transaction costs than it saves) is not
/// yet reproduced and has no test here: see the ODD and the issue notes.
/// </summary>
public class PatternTests
{
    private static MetricDifference Diff(CompareResult r, string metric) => r.Differences.Single(d => d.Metric.Name == metric);

    private static CompareResult Compare(TempFolder dir, string a, IReadOnlyList<string> aSet, string b, IReadOnlyList<string> bSet) =>
        PairedComparison.Execute(new CompareRequest(RepoPaths.Scenario(a), aSet, RepoPaths.Scenario(b), bSet, 20, Threads: 2, OutputDirectory: dir.Sub("c")));

    [Fact]
    public void Pattern2_WhereTheConditionsHold_TransactionalLowersCost_WithoutLoweringQuality()
    {
        using var dir = new TempFolder();
        var r = Compare(dir, "quasi-market-conditions", [], "quasi-market-conditions", ["commissioning.relational_mix=0.2", "commissioning.stance=agency"]);
        var spend = Diff(r, "spend");
        var extraCosts = Diff(r, "tc_ex_ante").Paired.Mean + Diff(r, "tc_ex_post").Paired.Mean;
        Assert.True(spend.Paired.High < 0, "spend should fall");
        Assert.True(-spend.Paired.High > extraCosts, "the saving should exceed the extra transaction costs");
        Assert.True(Diff(r, "quality_true_mean").Paired.Low > -0.01, "quality should not fall");
    }

    [Fact]
    public void Pattern3_AnEntrantInAScarceStaffMarket_RaisesVacancies_AndLowersQuality()
    {
        using var dir = new TempFolder();
        var r = Compare(dir, "baseline", [], "baseline", ["""events=[{"tick":12,"type":"entrant_arrival","service_line":"stroke_esd"}]"""]);
        Assert.True(Diff(r, "staff_vacancy_rate").Paired.Low > 0);
        Assert.True(Diff(r, "quality_true_mean").Paired.High < 0);
    }

    [Fact]
    public void Pattern4_AStructuralReform_LowersTrustAndInnovation_AndRecoveryTakesYears()
    {
        using var dir = new TempFolder();
        var r = Compare(dir, "structural-reform", ["events=[]"], "structural-reform", []);
        Assert.True(Diff(r, "trust_mean").Paired.High < 0);
        Assert.True(Diff(r, "innovation_adoption").Paired.High < 0);
        Assert.True(Diff(r, "quality_true_mean").Paired.High < 0);

        // Recovery: five years after the reform (month 24 + 60), trust is still clearly below the no-reform world.
        var with = ReplicationExperiment.Execute(new ReplicationRequest(RepoPaths.Scenario("structural-reform"), [], 10, Threads: 2, OutputDirectory: dir.Sub("with")));
        var without = ReplicationExperiment.Execute(new ReplicationRequest(RepoPaths.Scenario("structural-reform"), ["events=[]"], 10, Threads: 2, OutputDirectory: dir.Sub("without")));
        var trust = with.Set.Metrics.ToList().FindIndex(m => m.Name == "trust_mean");
        var after = with.Set.TickIntervals()[84][trust];
        var baseline = without.Set.TickIntervals()[84][trust];
        Assert.True(after.High < baseline.Low, $"trust 5 years on: {after.Mean:F3} with reform vs {baseline.Mean:F3} without");
    }

    [Fact]
    public void Pattern5_ClosenessWithoutChallenge_LetsQualityDrift()
    {
        using var dir = new TempFolder();
        var r = Compare(dir, "baseline", [], "closeness-without-challenge", []);
        Assert.True(Diff(r, "trust_mean").Paired.Low > 0, "trust is higher");
        Assert.True(Diff(r, "quality_true_mean").Paired.High < 0, "yet quality drifts down");
    }
}
