using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Tests.Rules;

public class StaffMarketRuleTests
{
    private const int DiabetesNurses = 0;

    /// <summary>
    /// Two areas sharing one regional staff market; an entrant arrives in area 0 at tick 2 and is awarded the diabetes
    /// contract by direct negotiation, with no staff of its own.
    /// </summary>
    private static ScenarioBuilder Region(bool entrant) =>
        TestWorlds.Small(areas: 3, practices: 4, patients: 600, ticks: 24)
            .Set("world", "commissioners_per_region", 2L)
            // A relational world: no tenders or entry, so only the scheduled entrant changes the market.
            .Mix(0.9)
            .Stance("stewardship")
            .Set("market", "entry_rate", 0.0)
            .Set("commissioning", "capacity_per_cycle", 0.0)
            .If(entrant, b => b.Event(2, "entrant_arrival", commissioner: 0, serviceLine: "diabetes"));

    private static int Entrant(QuasiMarket w) =>
        Enumerable.Range(w.Areas.ProviderStart[0], w.Areas.ProviderStart[1] - w.Areas.ProviderStart[0])
            .Single(i => w.Providers.Alive[i] && w.Providers.Kind[i] == ProviderKind.PrivateFirm);

    private static int Holder(QuasiMarket w, int area, int line)
    {
        var k = w.Contracts;
        for (var c = w.Areas.ContractStart[area]; c < w.Areas.ContractStart[area + 1]; c++) if (k.Line[c] == line) return k.Provider[c];
        throw new InvalidOperationException();
    }

    [Fact]
    public void An_entrant_with_a_wage_premium_takes_staff_from_incumbents_in_its_region()
    {
        var baseline = TestWorlds.Create(Region(entrant: false).Build(), seed: 3);
        var shocked = TestWorlds.Create(Region(entrant: true).Build(), seed: 3);
        baseline.Step(3);
        shocked.Step(3);
        var w = shocked.World;
        var entrant = Entrant(w);
        Assert.Equal(0.0, w.Providers.Employed[entrant * w.Providers.Categories + DiabetesNurses]);
        Assert.Equal(0.08, w.Providers.WagePremium[entrant]);
        Assert.Equal(entrant, Holder(w, 0, 0));

        baseline.Step(6);
        shocked.Step(6);
        var cats = w.Providers.Categories;
        Assert.True(w.Providers.Employed[entrant * cats + DiabetesNurses] > 0.01, $"the entrant has hired {w.Providers.Employed[entrant * cats + DiabetesNurses]}");

        // Area 1's diabetes incumbent is in the same region: it loses staff to the entrant's premium.
        var neighbour = Holder(w, 1, 0);
        var withEntrant = w.Providers.Employed[neighbour * cats + DiabetesNurses];
        var without = baseline.World.Providers.Employed[neighbour * cats + DiabetesNurses];
        Assert.True(withEntrant < without * 0.998, $"neighbour employs {withEntrant} with the entrant vs {without} without");

        // Area 2 is in another region: bitwise unaffected (common random numbers, separate staff market).
        var far = Holder(w, 2, 0);
        Assert.Equal(baseline.World.Providers.Employed[far * cats + DiabetesNurses], w.Providers.Employed[far * cats + DiabetesNurses]);
        Assert.Equal(baseline.World.Staff.Available[1 * w.Staff.Categories + DiabetesNurses], w.Staff.Available[1 * w.Staff.Categories + DiabetesNurses]);
    }

    [Fact]
    public void Poaching_moves_rate_times_pull_times_vacancy_from_less_attractive_providers_in_proportion_to_gap_times_staff()
    {
        // No leavers, an empty pool and no graduates, so poaching is the only flow.
        var input = Region(entrant: true).Set("staff", "leaver_rate", 0.0).Build();
        var sim = TestWorlds.Create(input, seed: 3);
        sim.Step(3);
        var w = sim.World;
        var pr = w.Providers;
        var cats = pr.Categories;
        var entrant = Entrant(w);
        StaffNeeds.Recompute(w);
        Array.Clear(w.Staff.Available);
        Array.Clear(w.Staff.Pipeline);
        // Donors exactly staffed (no surplus to release, no workload), so every one is equally attractive (0).
        for (var i = 0; i < pr.Area.Length; i++)
        {
            if (i != entrant) for (var cat = 0; cat < cats; cat++) pr.Employed[i * cats + cat] = pr.Needed[i * cats + cat];
        }
        var idx = entrant * cats + DiabetesNurses;
        var vacancy = pr.Needed[idx] - pr.Employed[idx];
        Assert.True(vacancy > 0);
        // The entrant pays 8% more; its vacancy rate costs it 0.05 x rate in attractiveness.
        var appeal = StaffMarketRule.Attractiveness(w, entrant, DiabetesNurses);
        Assert.Equal(0.08 - 0.05 * vacancy / pr.Needed[idx], appeal, 12);
        Assert.True(appeal > 0);
        var region0 = Enumerable.Range(0, w.Areas.ProviderStart[2]).Where(i => pr.Alive[i]).ToArray();
        var staff = region0.Sum(i => pr.Employed[i * cats + DiabetesNurses]);
        var donors = region0.Where(i => i != entrant).Sum(i => pr.Employed[i * cats + DiabetesNurses]);
        var before = pr.Employed.ToArray();

        StaffMarketRule.Run(w, sim.TicksRun);

        var pull = appeal * donors / staff;
        var moved = Math.Min(0.4 * pull * vacancy, 0.05 * staff);
        Assert.Equal(before[idx] + moved, pr.Employed[idx], 9);
        foreach (var i in region0.Where(i => i != entrant))
        {
            var j = i * cats + DiabetesNurses;
            Assert.Equal(before[j] * (1 - moved / donors), pr.Employed[j], 9);
        }
        // Other categories and the other region are untouched.
        for (var i = 0; i < pr.Area.Length; i++)
        {
            for (var cat = 1; cat < cats; cat++) Assert.Equal(before[i * cats + cat], pr.Employed[i * cats + cat], 12);
        }
    }

    [Fact]
    public void Staff_leave_understaffed_providers_for_better_staffed_ones_at_the_same_pay()
    {
        var input = Region(entrant: false).Set("staff", "leaver_rate", 0.0).Set("staff", "workload_weight", 1.0).Build();
        var sim = TestWorlds.Create(input, seed: 3);
        sim.Step(3);
        var w = sim.World;
        var pr = w.Providers;
        var cats = pr.Categories;
        StaffNeeds.Recompute(w);
        Array.Clear(w.Staff.Available);
        Array.Clear(w.Staff.Pipeline);
        var stretched = Holder(w, 0, 0);
        var comfortable = Holder(w, 1, 0);
        // Same pay: the one 40% short is a worse place to work than the one 5% short, which still has vacancies to fill.
        pr.Employed[stretched * cats + DiabetesNurses] = 0.6 * pr.Needed[stretched * cats + DiabetesNurses];
        pr.Employed[comfortable * cats + DiabetesNurses] = 0.95 * pr.Needed[comfortable * cats + DiabetesNurses];
        var before = pr.Employed.ToArray();
        StaffMarketRule.Run(w, sim.TicksRun);
        Assert.True(pr.Employed[stretched * cats + DiabetesNurses] < before[stretched * cats + DiabetesNurses]);
        Assert.True(pr.Employed[comfortable * cats + DiabetesNurses] > before[comfortable * cats + DiabetesNurses]);
    }

    [Fact]
    public void Training_places_follow_the_staff_services_need_and_qualify_training_months_later()
    {
        var sim = TestWorlds.Create(Region(entrant: false).Build(), seed: 3);
        var w = sim.World;
        var s = w.Staff;
        var intake = s.TrainingIntake[DiabetesNurses];
        // Need rises by half in region 0: the places started this month rise by half.
        for (var a = 0; a < 2; a++) w.Areas.DemandFactor[a] = 1.5;
        StaffNeeds.Recompute(w);
        StaffMarketRule.Run(w, 0);
        var slot = DiabetesNurses * s.PipelineMonths;
        Assert.Equal(intake * 1.5, s.Pipeline[slot], 9);
        // They qualify only when the pipeline comes round: before then graduates are the old intake.
        StaffMarketRule.Run(w, 1);
        Assert.Equal(intake, s.Graduates[DiabetesNurses], 9);
    }

    [Fact]
    public void Recruitment_shares_the_pool_by_vacancies_weighted_by_one_plus_premium()
    {
        var input = Region(entrant: true).Set("staff", "leaver_rate", 0.0).Set("staff", "poaching_rate", 0.0).Build();
        var sim = TestWorlds.Create(input, seed: 3);
        sim.Step(3);
        var w = sim.World;
        var pr = w.Providers;
        var cats = pr.Categories;
        var entrant = Entrant(w);
        StaffNeeds.Recompute(w);
        Array.Clear(w.Staff.Pipeline);
        var neighbour = Holder(w, 1, 0);
        // Two providers with vacancies in region 0: the entrant and the neighbour, short by 10 each.
        for (var i = 0; i < w.Areas.ProviderStart[2]; i++)
        {
            for (var cat = 0; cat < cats; cat++) pr.Employed[i * cats + cat] = pr.Needed[i * cats + cat];
        }
        pr.Employed[entrant * cats] = pr.Needed[entrant * cats] - 1;
        pr.Employed[neighbour * cats] = pr.Needed[neighbour * cats] - 1;
        Assert.True(pr.Employed[neighbour * cats] > 0);
        w.Staff.Available[0] = 0.3; // less than 0.3 x 2 vacancies: the pool is the limit
        var e0 = pr.Employed[entrant * cats];
        var n0 = pr.Employed[neighbour * cats];

        StaffMarketRule.Run(w, sim.TicksRun);

        Assert.Equal(e0 + 0.3 * 1.08 / 2.08, pr.Employed[entrant * cats], 12);
        Assert.Equal(n0 + 0.3 * 1.0 / 2.08, pr.Employed[neighbour * cats], 12);
        Assert.Equal(0, w.Staff.Available[0], 9);
    }

    [Fact]
    public void Leavers_are_the_monthly_rate_of_pool_and_employed()
    {
        var sim = TestWorlds.Create(TestWorlds.Small(areas: 1).Set("staff", "training_months", 12L).Build());
        var w = sim.World;
        var rate = 1 - Math.Pow(1 - 0.115, 1.0 / 12);
        Assert.Equal(rate, w.P.Staff.MonthlyLeaverRate, 15);
        StaffNeeds.Recompute(w);
        var stock = w.Staff.Available.Sum() + w.Providers.Employed.Sum();
        var s = w.Staff;
        var graduates = Enumerable.Range(0, s.Available.Length).Sum(pool => s.Pipeline[pool * s.PipelineMonths]);
        Assert.True(graduates > 0);
        StaffMarketRule.Run(w, 0);
        Assert.Equal(graduates, s.Graduates.Sum(), 12);
        // Graduates join the pool first; then the monthly rate of the pool and of every provider's staff leaves.
        Assert.Equal(rate * (stock + graduates), s.Leavers.Sum(), 9);
        Assert.Equal(stock + graduates - rate * (stock + graduates), s.Available.Sum() + w.Providers.Employed.Sum(), 9);
    }
}
