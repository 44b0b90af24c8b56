using QuasiMarketSim.Model.Mechanisms;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.Mechanisms;

public class CreamSkimmingTests
{
    private static QuasiMarket World(double premium) => TestWorlds.Create(TestWorlds.Small(areas: 1)
        .Set("commissioning", "financial_incentives", 0.9).Set("patients", "high_risk_cost_premium", premium).Build()).World;

    [Fact]
    public void Cream_skimming_pays_only_when_high_risk_patients_cost_more_and_more_as_they_do()
    {
        double Selectivity(double premium)
        {
            var w = World(premium);
            w.Contracts.Form[0] = ContractForm.Activity;
            w.Providers.FinanceMotivation[w.Contracts.Provider[0]] = 1;
            w.Contracts.Monitoring[0] = 0.2;
            return CreamSkimming.Selectivity(w, 0);
        }
        Assert.Equal(0.0, Selectivity(0));
        Assert.True(Selectivity(1) > 0);
        Assert.True(Selectivity(3) > Selectivity(1));
    }

    [Fact]
    public void A_block_contract_gives_no_reason_to_turn_anyone_away()
    {
        var w = World(2);
        w.Contracts.Form[0] = ContractForm.Block;
        Assert.Equal(0.0, CreamSkimming.Selectivity(w, 0));
    }

    [Fact]
    public void High_risk_patients_seen_cost_the_premium_on_top_of_the_overhead()
    {
        var w = World(1);
        var k = w.Contracts;
        (k.LowRiskServed[0], k.HighRiskServed[0]) = (10, 4);
        var perPatient = 12 * w.Areas.DemandFactor[0] * w.Providers.CostFactor[k.Provider[0]];
        Assert.Equal(perPatient * (10 + 4 * 2), CreamSkimming.OverheadOfServed(w, 0), 9);
    }
}
