using QuasiMarketSim.Model.Rules;

namespace QuasiMarketSim.Model.Tests.Rules;

public class CommissioningRuleTests
{
    [Fact]
    public void Contracts_age_every_month_and_are_renewed_or_rolled_over_at_the_cycle()
    {
        // Capacity 0: nothing can be reviewed, so expiring contracts roll over by a year.
        var sim = TestWorlds.Create(TestWorlds.Small(areas: 1, ticks: 24).Set("commissioning", "capacity_per_cycle", 0.0).Build(), seed: 3);
        var k = sim.World.Contracts;
        var age = k.Age.ToArray();
        var length = k.Length.ToArray();
        var cycle = sim.World.Areas.CycleMonth[0];
        sim.Step(12);
        for (var c = 0; c < k.Count; c++)
        {
            Assert.Equal(age[c] + 12, k.Age[c]);
            // Ages are incremented before the cycle runs in the same month.
            var expiringAtCycle = age[c] + cycle + 1 >= length[c] - 12;
            Assert.Equal(expiringAtCycle ? length[c] + 12 : length[c], k.Length[c]);
        }
        Assert.Equal(0.0, sim.Results.Column("tenders").Sum());
        Assert.Equal(0.0, sim.Results.Column("renegotiations").Sum());
    }

    [Fact]
    public void After_a_budget_squeeze_every_reviewed_contract_is_renegotiated_and_no_price_rises()
    {
        // One-year contracts: every contract is due at every cycle.
        var input = TestWorlds.Small(areas: 2, ticks: 24).Mix(0.9)
            .Set("commissioning", "capacity_per_cycle", 100.0)
            .Set("commissioning", "contract_months", 12L)
            .Event(0, "budget_squeeze", magnitude: 0.3)
            .Build();
        var sim = TestWorlds.Create(input, seed: 4);
        sim.Step(1);
        var k = sim.World.Contracts;
        var price = k.Price.ToArray();
        var reviews = 0;
        for (var t = 1; t <= 12; t++)
        {
            sim.Step(1);
            var f = sim.World.Flows;
            Assert.Equal(f.Reviews, f.Renegotiations);
            reviews += f.Reviews;
        }
        Assert.Equal(k.Count, reviews);
        Assert.All(Enumerable.Range(0, k.Count), c => Assert.True(k.Price[c] <= price[c]));
        Assert.Contains(Enumerable.Range(0, k.Count), c => k.Price[c] < price[c]);
    }
}
