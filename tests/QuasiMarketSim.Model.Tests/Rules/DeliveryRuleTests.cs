using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.Rules;

public class DeliveryRuleTests
{
    /// <summary>A one-area world with base effort 0.5, so effort stays inside (0, 1) and is never clamped.</summary>
    private static QuasiMarket World() =>
        TestWorlds.Create(TestWorlds.Small(areas: 1).Set("providers", "base_effort", 0.5).Build()).World;

    private static double EffortAt(QuasiMarket w, int c, double challenge, double trust)
    {
        w.Contracts.Challenge[c] = challenge;
        w.Contracts.TrustC[c] = trust;
        return DeliveryRule.Effort(w, c);
    }

    [Fact]
    public void Effort_matches_its_equation()
    {
        var w = World();
        var k = w.Contracts;
        k.TrustP[0] = 0.6;
        // Contract 0 (diabetes) is held by the community trust: finance motivation 0.3, block contract (strength 0.3).
        // Mix 0.8: financial incentives 0.26, ideological control 0.74.
        var expected = 0.5 + 0.25 * 0.3 * 0.26 * 0.3 + 0.25 * 0.7 * 0.74 * (0.5 + 0.5 * 0.6) + 0.2 * 0.4 - 0.25 * 0.7 * (1 - 0.4);
        Assert.Equal(expected, EffortAt(w, 0, challenge: 0.4, trust: 0.7), 14);
    }

    [Fact]
    public void Effort_rises_with_challenge()
    {
        var w = World();
        var previous = double.NegativeInfinity;
        foreach (var challenge in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            var e = EffortAt(w, 0, challenge, trust: 0.6);
            Assert.True(e > previous, $"challenge {challenge}: {e} not above {previous}");
            previous = e;
        }
        // Each unit of challenge adds its response plus the complacency it removes: 0.2 + 0.25 x 0.6.
        Assert.Equal((0.2 + 0.25 * 0.6) * 0.5, EffortAt(w, 0, 0.75, 0.6) - EffortAt(w, 0, 0.25, 0.6), 14);
    }

    [Fact]
    public void Effort_falls_with_trust_when_challenge_is_low_complacency()
    {
        var w = World();
        var close = EffortAt(w, 0, challenge: 0, trust: 0.9);
        var distant = EffortAt(w, 0, challenge: 0, trust: 0.2);
        Assert.Equal(0.25 * 0.7, distant - close, 14);
    }

    [Fact]
    public void With_full_challenge_trust_costs_no_effort()
    {
        var w = World();
        Assert.Equal(EffortAt(w, 0, challenge: 1, trust: 0.2), EffortAt(w, 0, challenge: 1, trust: 0.95), 15);
    }

    [Fact]
    public void Effort_is_clamped_to_the_unit_interval()
    {
        var high = TestWorlds.Create(TestWorlds.Small(areas: 1).Set("providers", "base_effort", 1.0).Build()).World;
        Assert.Equal(1.0, EffortAt(high, 0, 1, 0));
        var low = TestWorlds.Create(TestWorlds.Small(areas: 1).Set("providers", "base_effort", 0.0)
            .Set("providers", "complacency", 2.0).Set("providers", "ethos_response", 0.0).Set("providers", "financial_response", 0.0).Build()).World;
        Assert.Equal(0.0, EffortAt(low, 0, 0, 1));
    }

    [Theory]
    [InlineData("agency", 0.2)]
    [InlineData("stewardship", -0.15)]
    [InlineData("resource_dependency", 0.0)]
    [InlineData("stakeholder", 0.05)]
    public void Challenge_is_the_mean_of_monitoring_juridical_and_competition_shifted_by_stance(string stance, double shift)
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Stance(stance).Build()).World;
        w.Contracts.Monitoring[0] = 0.5;
        // Mix 0.8: juridical governance and provider competition 0.26 each.
        Assert.Equal(Math.Clamp((0.5 + 0.26 + 0.26) / 3 + shift, 0, 1), DeliveryRule.Challenge(w, 0), 14);
    }

    [Fact]
    public void The_relational_contract_holds_normally_and_is_reneged_on_while_a_reform_is_under_way()
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Build()).World;
        var k = w.Contracts;
        const int tick = 20;
        for (var c = 0; c < k.Count; c++)
        {
            k.Age[c] = 0; // far from expiry
            k.TrustP[c] = 0.65;
            k.Monitoring[c] = InformationRule.Monitoring(w, c);
        }
        for (var c = 0; c < k.Count; c++) Assert.False(DeliveryRule.Reneges(w, c, tick), $"contract {c} reneges with no reform");

        w.Areas.ReformUntil[0] = tick + 6;
        w.Areas.ReformSeverity[0] = 1.0;
        for (var c = 0; c < k.Count; c++) Assert.True(DeliveryRule.Reneges(w, c, tick), $"contract {c} holds during a reform");

        // Once the reform is over the relationship is expected to last again.
        for (var c = 0; c < k.Count; c++) Assert.False(DeliveryRule.Reneges(w, c, tick + 6), $"contract {c} reneges after the reform");
    }

    [Fact]
    public void Reneging_is_exactly_gain_above_discounted_surplus()
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Build()).World;
        var k = w.Contracts;
        k.Age[0] = 0;
        k.Monitoring[0] = 0.4;
        var gain = 0.6 * (1 - k.Completeness[0] * 0.26) * (1 - 0.4);
        // d = 0.98: renege when gain > 49 x relational_surplus (0.03) x TrustP x (0.5 + 0.74); find the trust at the threshold.
        var threshold = gain / (0.98 / 0.02 * 0.03 * 1.24);
        k.TrustP[0] = threshold * 1.01;
        Assert.False(DeliveryRule.Reneges(w, 0, 0));
        k.TrustP[0] = threshold * 0.99;
        Assert.True(DeliveryRule.Reneges(w, 0, 0));
    }

    [Fact]
    public void Block_pays_value_activity_pays_price_times_served()
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Build()).World;
        var k = w.Contracts;
        k.Observed[0] = 0.9; // above any quality standard: no penalty
        k.Served[0] = 100;
        Assert.Equal(ContractForm.Block, k.Form[0]);
        Assert.Equal(k.MonthlyValue(0), DeliveryRule.PaymentDue(w, 0, 0));
        k.Form[0] = ContractForm.Activity;
        Assert.Equal(k.Price[0] * 100, DeliveryRule.PaymentDue(w, 0, 0));
        Assert.False(k.Penalised[0]);
    }

    [Fact]
    public void Outcome_payment_rises_as_admissions_fall_below_expectation_within_30_percent()
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Build()).World;
        var k = w.Contracts;
        k.Observed[0] = 0.9;
        k.Form[0] = ContractForm.Outcome;
        var value = k.MonthlyValue(0);
        var reference = 1 - 0.35 * 0.6 * 0.7;
        k.ExpectedAdmissions[0] = 100;
        k.Admissions[0] = (int)Math.Round(100 * reference);
        Assert.Equal(value * (1 + reference - k.Admissions[0] / 100.0), DeliveryRule.PaymentDue(w, 0, 0), 9);
        k.Admissions[0] = 0;
        Assert.Equal(1.3 * value, DeliveryRule.PaymentDue(w, 0, 0), 9);
        k.Admissions[0] = 300;
        Assert.Equal(0.7 * value, DeliveryRule.PaymentDue(w, 0, 0), 9);
        k.Form[0] = ContractForm.Alliance;
        Assert.Equal(0.85 * value, DeliveryRule.PaymentDue(w, 0, 0), 9);
    }

    [Fact]
    public void Delivery_cost_is_wages_with_premium_times_cost_factor()
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Build()).World;
        var pr = w.Providers;
        var i = w.Contracts.Provider[0];
        var expected = 0.0;
        for (var cat = 0; cat < pr.Categories; cat++) expected += pr.Employed[i * pr.Categories + cat] * w.Categories[cat].Wage;
        Assert.True(expected > 0);
        Assert.Equal(expected, DeliveryRule.DeliveryCost(w, i), 9);
        pr.WagePremium[i] = 0.1;
        pr.CostFactor[i] = 0.9;
        Assert.Equal(expected * 1.1 * 0.9, DeliveryRule.DeliveryCost(w, i), 9);
    }
}
