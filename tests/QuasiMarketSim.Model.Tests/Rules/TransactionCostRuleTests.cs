using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.Rules;

public class TransactionCostRuleTests
{
    private static QuasiMarket World() => TestWorlds.Create(TestWorlds.Small(areas: 1).Build()).World;

    private static double ExPostAt(QuasiMarket w, int c, double trust)
    {
        w.Contracts.TrustC[c] = trust;
        return TransactionCostRule.ExPost(w, c);
    }

    [Fact]
    public void Ex_post_matches_its_equation()
    {
        var w = World();
        var k = w.Contracts;
        k.Monitoring[0] = 0.4;
        var complexity = w.Lines[k.Line[0]].Complexity;
        // Block contract at mix 0.8: no activity data cost, no dispute.
        var share = 0.03 * 0.4 + 0.1 * (1 - k.Completeness[0]) * complexity * (1 - 0.7) + 0.012 * 0.74;
        Assert.Equal(share * k.MonthlyValue(0), ExPostAt(w, 0, 0.7), 9);
    }

    [Fact]
    public void Ex_post_falls_as_trust_rises()
    {
        var w = World();
        var previous = double.PositiveInfinity;
        foreach (var trust in new[] { 0.0, 0.2, 0.4, 0.6, 0.8, 1.0 })
        {
            var cost = ExPostAt(w, 0, trust);
            Assert.True(cost < previous, $"trust {trust}: {cost} not below {previous}");
            previous = cost;
        }
        var k = w.Contracts;
        var haggling = 0.1 * (1 - k.Completeness[0]) * w.Lines[k.Line[0]].Complexity * k.MonthlyValue(0);
        Assert.Equal(haggling, ExPostAt(w, 0, 0) - ExPostAt(w, 0, 1), 9);
    }

    [Fact]
    public void Activity_payment_adds_data_costs_and_a_dispute_adds_two_percent()
    {
        var w = World();
        var k = w.Contracts;
        var value = k.MonthlyValue(0);
        var baseCost = ExPostAt(w, 0, 0.5);
        k.Form[0] = ContractForm.Outcome;
        Assert.Equal(baseCost + 0.01 * value, ExPostAt(w, 0, 0.5), 9);
        k.Penalised[0] = true;
        k.TrustP[0] = 0.2;
        Assert.Equal(baseCost + 0.03 * value, ExPostAt(w, 0, 0.5), 9);
        k.TrustP[0] = 0.5; // a penalty without a dispute
        Assert.Equal(baseCost + 0.01 * value, ExPostAt(w, 0, 0.5), 9);
    }

    [Fact]
    public void Run_charges_every_contract_split_between_the_sides()
    {
        var w = World();
        var k = w.Contracts;
        var balance = w.Areas.Balance[0];
        var reserves = w.Providers.Reserves.ToArray();
        TransactionCostRule.Run(w, 0);
        var total = 0.0;
        for (var c = 0; c < k.Count; c++)
        {
            Assert.Equal(TransactionCostRule.ExPost(w, c), k.ExPost[c]);
            Assert.True(k.ExPost[c] > 0);
            total += k.ExPost[c];
        }
        Assert.Equal(total, w.Flows.TransactionCost, 9);
        Assert.Equal(balance - 0.5 * total, w.Areas.Balance[0], 9);
        Assert.Equal(reserves.Sum() - 0.5 * total, w.Providers.Reserves.Sum(), 9);
    }
}
