using QuasiMarketSim.Model.Mechanisms;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.Mechanisms;

public class BudgetTests
{
    /// <summary>A one-area world with no warm-up: the budget binds from the first month.</summary>
    private static QuasiMarket World() => TestWorlds.Create(TestWorlds.Small(areas: 1).Build()).World;

    [Fact]
    public void An_overspent_commissioner_still_spending_beyond_its_budget_cuts_access_to_a_floor()
    {
        var w = World();
        var a = w.Areas;
        a.Balance[0] = -0.1 * 12 * a.Budget[0];   // 10% of a year's budget overdrawn
        a.LastBalance[0] = a.Balance[0] + 1;      // and spending more than its budget this month
        Budget.Review(w, 0, 5);
        Assert.Equal(0.98, a.FundedShare[0], 12);
        Assert.Equal(1, w.Flows.VolumeCuts);
        Assert.Equal(0.1, a.FinancialPressure[0], 12);
        for (var t = 0; t < 20; t++)
        {
            a.LastBalance[0] = a.Balance[0] + 1;
            Budget.Review(w, 0, 6 + t);
        }
        Assert.Equal(0.8, a.FundedShare[0], 12);
    }

    [Fact]
    public void While_paying_a_deficit_back_access_is_held_and_within_tolerance_it_is_restored()
    {
        var w = World();
        var a = w.Areas;
        a.FundedShare[0] = 0.9;
        a.Balance[0] = -0.1 * 12 * a.Budget[0];
        a.LastBalance[0] = a.Balance[0] - 1;      // spending less than its budget: paying back
        Budget.Review(w, 0, 5);
        Assert.Equal(0.9, a.FundedShare[0], 12);
        a.Balance[0] = -0.01 * 12 * a.Budget[0];  // within the 2% tolerance, still below budget this month
        a.LastBalance[0] = a.Balance[0] - 1;
        Budget.Review(w, 0, 6);
        Assert.Equal(0.91, a.FundedShare[0], 12);
    }

    [Fact]
    public void A_squeezes_urgency_fades_over_a_year_unless_an_overspend_keeps_it()
    {
        var w = World();
        var a = w.Areas;
        a.FinancialPressure[0] = 0.3;
        a.Balance[0] = a.LastBalance[0] = 1000;
        Budget.Review(w, 0, 5);
        Assert.Equal(0.3 * 11 / 12, a.FinancialPressure[0], 12);
        a.Balance[0] = a.LastBalance[0] = -0.5 * 12 * a.Budget[0];
        Budget.Review(w, 0, 6);
        Assert.Equal(0.5, a.FinancialPressure[0], 12);
    }

    [Fact]
    public void At_the_end_of_the_warm_up_the_budget_is_rebased_on_the_warm_ups_spending()
    {
        var sim = TestWorlds.Create(TestWorlds.Small(areas: 1, warmup: 6).Build());
        var w = sim.World;
        sim.Step(5);
        var before = w.Areas.Budget[0];
        // Run the sixth warm-up month by hand up to the review: what was paid in less what is left, per month.
        sim.Step(1);
        var spent = (6 * before - w.Areas.Balance[0]) / 6;
        Assert.Equal(spent * 1.05, w.Areas.Budget[0], 6);
    }

    [Fact]
    public void A_cut_means_fewer_patients_seen_fewer_staff_needed_and_smaller_block_payments()
    {
        var w = World();
        var k = w.Contracts;
        QuasiMarketSim.Model.Rules.PatientRule.Gather(w);
        var coverage = w.Cells.ServeLow[0];
        StaffNeeds.Recompute(w);
        var needed = w.Providers.Needed.Sum();
        w.Areas.FundedShare[0] = 0.9;
        QuasiMarketSim.Model.Rules.PatientRule.Gather(w);
        StaffNeeds.Recompute(w);
        Assert.Equal(coverage * 0.9f, w.Cells.ServeLow[0], 5);
        Assert.Equal(needed * 0.9, w.Providers.Needed.Sum(), 6);
        k.Observed[0] = 0.9;
        Assert.Equal(0.9 * k.MonthlyValue(0), Payment.Due(w, 0, 0), 9);
    }
}
