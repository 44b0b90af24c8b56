using QuasiMarketSim.Model.Mechanisms;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.Mechanisms;

public class AppraisalTests
{
    private static QuasiMarket World(double mix = 0.8, Func<ScenarioBuilder, ScenarioBuilder>? change = null) =>
        TestWorlds.Create((change ?? (b => b))(TestWorlds.Small(areas: 1).Mix(mix)).Build()).World;

    [Fact]
    public void The_expected_saving_is_what_equilibrium_bids_from_the_believed_cost_would_save()
    {
        var w = World();
        var k = w.Contracts;
        k.BelievedMargin[0] = 0.25;
        var bidders = Tender.ExpectedBidders(w, 0, k.Line[0], k.Provider[0]);
        var cost = k.Price[0] / 1.25 * 1.04;
        var bid = cost + (k.Price[0] - cost) / bidders;
        Assert.Equal((k.Price[0] - bid) / k.Price[0], Appraisal.ExpectedSaving(w, 0), 12);
        // A believed margin no larger than the bidders' own leaves nothing to save.
        k.BelievedMargin[0] = 0.02;
        Assert.Equal(0.0, Appraisal.ExpectedSaving(w, 0));
    }

    [Fact]
    public void Quality_is_worth_the_admissions_it_avoids()
    {
        var w = World();
        var k = w.Contracts;
        k.ExpectedAdmissions[0] = 200;
        Assert.Equal(0.35 * 0.7 * 200 * 1590 / k.MonthlyValue(0), Appraisal.QualityValue(w, 0), 12);
    }

    [Theory]
    [InlineData(0.8, 0.6)]
    [InlineData(0.1, 0.3)]
    public void Tender_net_benefit_weighs_saving_and_quality_against_tender_specification_transition_and_relational_costs(double mix, double belief)
    {
        var w = World(mix);
        var k = w.Contracts;
        k.BeliefQ[0] = belief;
        k.TrustC[0] = 0.7;
        k.BelievedMargin[0] = 0.2;
        k.ExpectedAdmissions[0] = 150;
        var priceWeight = ProviderEffort.PriceWeight(w, 0);
        var chance = Appraisal.SwitchChance(w, 0);
        ProviderChange.BestAlternative(w, 0, k.Provider[0], k.Line[0], out var local);
        var alternative = Math.Max(local, 0.6);
        var gain = Math.Max(0, alternative - belief) * chance;
        var benefit = 3 * (priceWeight * Appraisal.ExpectedSaving(w, 0) + (1 - priceWeight) * Appraisal.QualityValue(w, 0) * gain);
        var specification = ContractTerms.SpecificationCost(w, 0) / (12 * k.MonthlyValue(0));
        var cost = 0.05 + specification + 0.15 * (1 - 0.35) * chance + 0.15 * 0.7 * (0.1 + 0.8 * mix);
        Assert.Equal(benefit - cost, Appraisal.TenderNetBenefit(w, 0), 12);
    }

    [Fact]
    public void Dearer_tenders_are_worth_less()
    {
        var cheap = World(0.2);
        var dear = World(0.2, b => b.Set("transaction_costs", "tender_cost", 0.15));
        Assert.Equal(-0.1, Appraisal.TenderNetBenefit(dear, 0) - Appraisal.TenderNetBenefit(cheap, 0), 12);
    }

    [Fact]
    public void A_relational_commissioner_sees_no_net_benefit_in_tendering_a_good_service()
    {
        var w = World(0.9);
        for (var c = 0; c < w.Contracts.Count; c++)
        {
            w.Contracts.BeliefQ[c] = 0.6;
            Assert.True(Appraisal.TenderNetBenefit(w, c) < 0);
        }
    }

    [Fact]
    public void Decommissioning_pays_when_the_believed_quality_gain_outweighs_negotiation_and_transition()
    {
        var w = World();
        var k = w.Contracts;
        k.ExpectedAdmissions[0] = 150;
        var to = ProviderChange.BestAlternative(w, 0, k.Provider[0], k.Line[0], out var believed);
        Assert.True(to >= 0);
        k.BeliefQ[0] = believed - 0.3;
        var expected = 3 * Appraisal.QualityValue(w, 0) * 0.3 - 0.01 - 0.15 * (1 - 0.35);
        Assert.Equal(expected, Appraisal.DecommissionNetBenefit(w, 0), 12);
        k.BeliefQ[0] = believed + 0.1;
        Assert.True(Appraisal.DecommissionNetBenefit(w, 0) < 0);
    }
}
