using QuasiMarketSim.Experiments.Comparison;
using QuasiMarketSim.Experiments.Replications;

namespace QuasiMarketSim.Experiments.Tests.Patterns;

/// <summary>
/// MODEL-BRIEF's patterns, decided by 95% confidence intervals over 20 paired replications (not by one seed).
/// </summary>
public class PatternTests
{
    /// <summary>Paired replications per arm (the reduced version CI runs).</summary>
    protected virtual int Replications => 20;

    /// <summary>Master seed (null: each scenario's own).</summary>
    protected virtual long? Seed => null;

    private static MetricDifference Diff(CompareResult r, string metric) => r.Differences.Single(d => d.Metric.Name == metric);

    private CompareResult Compare(TempFolder dir, string a, IReadOnlyList<string> aSet, string b, IReadOnlyList<string> bSet) =>
        PairedComparison.Execute(new CompareRequest(RepoPaths.Scenario(a), aSet, RepoPaths.Scenario(b), bSet, Replications, Seed, Threads: 2, OutputDirectory: dir.Sub("c")));

    [Fact]
    public void Pattern_1_in_the_three_pct_world_transactional_pays_more_in_transaction_costs_than_it_saves()
    {
        using var dir = new TempFolder();
        var r = Compare(dir, "baseline", [], "transactional", []);
        var spend = Diff(r, "spend");
        var extraCosts = Diff(r, "tc_ex_ante").Paired.Mean + Diff(r, "tc_ex_post").Paired.Mean;
        Assert.True(Diff(r, "tc_ex_ante").Paired.Low > 0 && Diff(r, "tc_ex_post").Paired.Low > 0, "transaction costs rise");
        // Even the most favourable end of the saving's interval is below the extra transaction costs.
        Assert.True(-spend.Paired.Low < extraCosts, $"saving {-spend.Paired.Mean:N0} (at most {-spend.Paired.Low:N0}) vs extra transaction costs {extraCosts:N0}");
        // Relational commissioning persists: few switches, far fewer than when tendering leads.
        var switches = Diff(r, "switches");
        Assert.True(switches.Paired.Low > 0, "tendering switches more");
        Assert.True(switches.A.Mean < 0.25 * switches.B.Mean, $"relational switches {switches.A.Mean:F1} vs transactional {switches.B.Mean:F1}");
    }

    [Fact]
    public void Pattern_2_where_the_conditions_hold_transactional_lowers_cost_without_lowering_quality()
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
    public void Pattern_3_an_entrant_in_a_scarce_staff_market_raises_vacancies_and_lowers_quality()
    {
        using var dir = new TempFolder();
        var r = Compare(dir, "baseline", [], "baseline", ["""events=[{"tick":12,"type":"entrant_arrival","service_line":"stroke_esd"}]"""]);
        // The entrant recruits stroke therapists from the region's scarce pool and its incumbents; quality on that
        // line falls (the all-lines mean dilutes it with two untouched services).
        Assert.True(Diff(r, "staff_vacancy_rate_stroke_therapists").Paired.Low > 0, "stroke therapist vacancies rise");
        Assert.True(Diff(r, "quality_true_mean_stroke_esd").Paired.High < 0, "stroke quality falls");
    }

    [Fact]
    public void Pattern_4_a_structural_reform_lowers_trust_and_innovation_and_recovery_takes_years()
    {
        using var dir = new TempFolder();
        var r = Compare(dir, "structural-reform", ["events=[]"], "structural-reform", []);
        Assert.True(Diff(r, "trust_mean").Paired.High < 0);
        Assert.True(Diff(r, "innovation_adoption").Paired.High < 0);
        Assert.True(Diff(r, "quality_true_mean").Paired.High < 0);

        // Recovery: five years after the reform (month 24 + 60), trust is still clearly below the no-reform world.
        var with = ReplicationExperiment.Execute(new ReplicationRequest(RepoPaths.Scenario("structural-reform"), [], Replications / 2, Seed, Threads: 2, OutputDirectory: dir.Sub("with")));
        var without = ReplicationExperiment.Execute(new ReplicationRequest(RepoPaths.Scenario("structural-reform"), ["events=[]"], Replications / 2, Seed,
            Threads: 2, OutputDirectory: dir.Sub("without")));
        var trust = with.Set.Metrics.ToList().FindIndex(m => m.Name == "trust_mean");
        var after = with.Set.TickIntervals()[84][trust];
        var baseline = without.Set.TickIntervals()[84][trust];
        Assert.True(after.High < baseline.Low, $"trust 5 years on: {after.Mean:F3} with reform vs {baseline.Mean:F3} without");
    }

    [Fact]
    public void Pattern_5_closeness_without_challenge_lets_quality_drift()
    {
        using var dir = new TempFolder();
        var r = Compare(dir, "baseline", [], "closeness-without-challenge", []);
        Assert.True(Diff(r, "trust_mean").Paired.Low > 0, "trust is higher");
        Assert.True(Diff(r, "quality_true_mean").Paired.High < 0, "yet quality drifts down");
    }
}

/// <summary>Innovation patterns (MODEL-BRIEF 5, second half, and 6), paired over 40 replications.</summary>
public class InnovationPatternTests
{
    /// <summary>Paired replications per arm (the reduced version CI runs).</summary>
    protected virtual int Replications => 40;

    /// <summary>Master seed (null: each scenario's own).</summary>
    protected virtual long? Seed => null;

    private MetricDifference Innovation(TempFolder dir, string scenario, IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        PairedComparison.Execute(new CompareRequest(RepoPaths.Scenario(scenario), a, RepoPaths.Scenario(scenario), b, Replications, Seed, Threads: 2, OutputDirectory: dir.Sub("c")))
            .Differences.Single(d => d.Metric.Name == "innovation_adoption");

    [Fact]
    public void Pattern_5_high_trust_with_high_challenge_does_best_for_innovation()
    {
        using var dir = new TempFolder();
        string[] relational = ["events=[]"];
        string[] withChallenge = ["events=[]", "commissioning.managerial_performance=0.9", "commissioning.juridical_governance=0.6"];
        string[] withoutChallenge =
        [
            "events=[]", "commissioning.relational_mix=1", "commissioning.managerial_performance=0.05", "commissioning.juridical_governance=0.05",
            "commissioning.provider_competition=0.05",
        ];
        string[] lowTrustHighChallenge = ["events=[]", "commissioning.relational_mix=0.1", "commissioning.stance=agency"];
        Assert.True(Innovation(dir, "structural-reform", relational, withChallenge).Paired.Low > 0, "adding challenge to high trust speeds innovation");
        Assert.True(Innovation(dir, "structural-reform", withoutChallenge, withChallenge).Paired.Low > 0, "high trust with challenge beats closeness without it");
        Assert.True(Innovation(dir, "structural-reform", lowTrustHighChallenge, withChallenge).Paired.Low > 0, "and beats challenge without trust");
    }

    [Fact]
    public void Pattern_6_innovation_spreads_in_an_s_curve_faster_under_high_trust()
    {
        using var dir = new TempFolder();
        var lower = Innovation(dir, "private-partner", [], ["trust.initial_relational=0.35", "trust.contact_gain=0"]);
        Assert.True(lower.Paired.High < 0, $"lower trust should slow adoption: {lower.Paired.Mean:F3} [{lower.Paired.Low:F3}, {lower.Paired.High:F3}]");

        // S-curve: the mean adoption path rises slowly, then fast, then slowly again (one interior peak of the monthly rise).
        // No warm-up, so the slow start is recorded: adoption starts at 0 (initial_adoption) in month 0.
        var run = ReplicationExperiment.Execute(new ReplicationRequest(RepoPaths.Scenario("baseline"), ["ticks=240", "warmup=0"], Replications / 2, Seed, Threads: 2, OutputDirectory: dir.Sub("s")));
        var m = run.Set.Metrics.ToList().FindIndex(x => x.Name == "innovation_adoption");
        var path = run.Set.TickIntervals().Select(t => t[m].Mean).ToArray();
        var yearly = Enumerable.Range(0, path.Length / 12).Select(y => path[y * 12 + 11] - (y == 0 ? 0 : path[y * 12 - 1])).ToArray();
        var peak = Array.IndexOf(yearly, yearly.Max());
        Assert.InRange(peak, 1, yearly.Length - 2);
        Assert.True(yearly[0] < 0.6 * yearly[peak] && yearly[^1] < 0.25 * yearly[peak], $"yearly rises "
            + $"{string.Join(", ", yearly.Select(v => v.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)))}");
    }
}

/// <summary>
/// The patterns at full strength: five times the replications, from another master seed, so a pass in CI is not one
/// lucky stream. Slow: `dotnet test --filter Category=Slow`.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PatternTestsFull : PatternTests
{
    protected override int Replications => 100;

    protected override long? Seed => 20261123;
}

/// <summary>The innovation patterns at full strength (see <see cref="PatternTestsFull"/>).</summary>
[Trait("Category", "Slow")]
public sealed class InnovationPatternTestsFull : InnovationPatternTests
{
    protected override int Replications => 200;

    protected override long? Seed => 20261123;
}
