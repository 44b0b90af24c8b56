using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.Rules;

public class MarketRuleTests
{
    private static QuasiMarket World() => TestWorlds.Create(TestWorlds.Small(areas: 1).Build()).World;

    [Fact]
    public void Unit_cost_is_wage_times_staff_per_patient_plus_overhead()
    {
        var w = World();
        var k = w.Contracts;
        Assert.Equal(3600 / 250.0 + 12, w.UnitCost(k.Provider[0], 0), 12);
        Assert.Equal(3400 / 40.0 + 12, w.UnitCost(k.Provider[1], 1), 12);
        Assert.Equal(3500 / 120.0 + 12, w.UnitCost(k.Provider[2], 2), 12);
    }

    [Fact]
    public void No_tenders_means_no_entry()
    {
        Assert.Equal(0.0, MarketRule.EntryHazard(World(), 0));
    }

    [Fact]
    public void Entry_hazard_is_rate_times_tender_rate_times_margin_over_ten_percent()
    {
        var w = World();
        w.Areas.TendersLastYear[0] = 3; // one tender per contract in the last year
        var margin = ((1 - 26.4 / 30) + (1 - 97.0 / 120) + (1 - (3500 / 120.0 + 12) / 50)) / 3;
        Assert.Equal(0.3 / 12 * 1 * margin / 0.1, MarketRule.EntryHazard(w, 0), 12);
        w.Areas.TendersLastYear[0] = 1e6;
        Assert.Equal(1.0, MarketRule.EntryHazard(w, 0));
    }

    [Fact]
    public void A_provider_exits_after_exit_after_months_in_deficit()
    {
        var w = World();
        var pr = w.Providers;
        var acute = Enumerable.Range(0, pr.Area.Length).First(i => pr.Kind[i] == ProviderKind.AcuteTrust);
        var voluntary = Enumerable.Range(0, pr.Area.Length).First(i => pr.Kind[i] == ProviderKind.VoluntaryOrg);
        pr.Reserves[acute] = -1;
        pr.DeficitMonths[acute] = 17;
        pr.Reserves[voluntary] = -1;
        pr.DeficitMonths[voluntary] = 16;
        MarketRule.Run(w, 0);
        Assert.True(pr.Exited[acute]);
        Assert.False(pr.Alive[acute]);
        Assert.False(pr.Exited[voluntary]);
        Assert.Equal(17, pr.DeficitMonths[voluntary]);
        Assert.Equal(1, w.Flows.Exits);
    }

    [Fact]
    public void A_month_in_surplus_resets_the_deficit_count_and_tenders_decay_by_a_twelfth()
    {
        var w = World();
        var pr = w.Providers;
        var i = w.Contracts.Provider[0];
        pr.DeficitMonths[i] = 10;
        w.Areas.TendersLastYear[0] = 12;
        MarketRule.Run(w, 0);
        Assert.Equal(0, pr.DeficitMonths[i]);
        Assert.Equal(11.0, w.Areas.TendersLastYear[0], 12);
    }
}
