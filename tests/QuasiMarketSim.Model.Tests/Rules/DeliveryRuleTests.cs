using QuasiMarketSim.Model.Rules;

namespace QuasiMarketSim.Model.Tests.Rules;

public class DeliveryRuleTests
{
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
