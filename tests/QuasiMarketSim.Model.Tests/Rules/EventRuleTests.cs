using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Tests.Rules;

/// <summary>
/// Each event kind compared with the same seed and no event (common random numbers): the two runs are identical up to
/// the events phase of the event's tick, so the difference is exactly what the event did.
/// </summary>
public class EventRuleTests
{
    private const int Warmup = 2, EventTick = 3, Absolute = Warmup + EventTick;

    private static ScenarioBuilder Base() => TestWorlds.Small(areas: 3, practices: 4, patients: 100, ticks: 24, warmup: Warmup)
        .Set("world", "commissioners_per_region", 2L);

    /// <summary>Runs to the end of the event's tick with and without the event.</summary>
    private static (QuasiMarket Without, QuasiMarket With) Pair(Func<ScenarioBuilder, ScenarioBuilder> withEvent, ulong seed = 4)
    {
        var without = TestWorlds.Create(Base().Build(), seed);
        var with = TestWorlds.Create(withEvent(Base()).Build(), seed);
        without.Step(Absolute);
        with.Step(Absolute);
        Assert.Equal(without.World.Contracts.TrustC, with.World.Contracts.TrustC); // nothing has happened yet
        without.Step(1);
        with.Step(1);
        return (without.World, with.World);
    }

    [Fact]
    public void Events_fire_at_their_tick_after_the_warm_up()
    {
        var sim = TestWorlds.Create(Base().Event(EventTick, "budget_squeeze", 0.5, commissioner: 0).Build(), seed: 1);
        // The budget is rebased on the warm-up's spending at its end, then changes only by events.
        sim.Step(Warmup);
        var budget = sim.World.Areas.Budget[0];
        sim.Step(Absolute - Warmup);
        Assert.Equal(budget, sim.World.Areas.Budget[0]);
        sim.Step(1);
        Assert.Equal(budget * 0.5, sim.World.Areas.Budget[0]);
        sim.Step(5);
        Assert.Equal(budget * 0.5, sim.World.Areas.Budget[0]);
    }

    [Fact]
    public void Structural_reform_ruptures_trust_memory_and_capacity_in_its_area_only()
    {
        const double m = 0.4;
        var (without, with) = Pair(b => b.Event(EventTick, "structural_reform", m, duration: 9, commissioner: 1));
        var k0 = without.Contracts;
        var k1 = with.Contracts;
        for (var c = 0; c < k1.Count; c++)
        {
            var hit = k1.Area[c] == 1;
            Assert.Equal(hit ? k0.TrustC[c] * (1 - m) : k0.TrustC[c], k1.TrustC[c], 15);
            Assert.Equal(hit ? k0.TrustP[c] * (1 - m) : k0.TrustP[c], k1.TrustP[c], 15);
            Assert.Equal(hit ? k0.BeliefVar[c] + Math.Pow(m * 0.2, 2) : k0.BeliefVar[c], k1.BeliefVar[c], 15);
        }
        Assert.Equal(without.Areas.Memory[1] * (1 - m), with.Areas.Memory[1], 15);
        Assert.Equal(1 - m, with.Areas.CapacityFactor[1]);
        Assert.Equal(Absolute + 9, with.Areas.CapacityRestoredAt[1]);
        Assert.Equal(Absolute + 9, with.Areas.ReformUntil[1]);
        Assert.Equal((int)Math.Round(12 * m), with.Areas.CycleDelay[1]);
        Assert.Equal(m, with.Areas.ReformSeverity[1]);
        Assert.Equal(without.Areas.Memory[0], with.Areas.Memory[0]);
        Assert.Equal(1.0, with.Areas.CapacityFactor[0]);
        Assert.Equal(-1, with.Areas.ReformUntil[2]);
    }

    [Fact]
    public void Repertoire_change_sets_the_areas_mix_and_media_weights_and_the_stance_when_given()
    {
        var (without, with) = Pair(b => b.Event(EventTick, "repertoire_change", 0.2, commissioner: 1, stance: "agency"));
        Assert.Equal(0.2, with.Areas.Mix[1]);
        Assert.Equal(without.Areas.Mix[0], with.Areas.Mix[0]);
        Assert.Equal(Stance.Agency, with.Areas.Stance[1]);
        Assert.Equal(without.Areas.Stance[2], with.Areas.Stance[2]);
        // Default weights follow the mix as under learning: 0.1 + 0.8 x mix for the relational media.
        Assert.Equal(0.1 + 0.8 * 0.2, with.Areas.W(1, Medium.NegotiatedOrder), 12);
        Assert.Equal(0.1 + 0.8 * 0.8, with.Areas.W(1, Medium.ProviderCompetition), 12);
        Assert.Equal(without.Areas.W(0, Medium.NegotiatedOrder), with.Areas.W(0, Medium.NegotiatedOrder));

        var (_, mixOnly) = Pair(b => b.Event(EventTick, "repertoire_change", 0.6, commissioner: 1));
        Assert.Equal(without.Areas.Stance[1], mixOnly.Areas.Stance[1]);
        Assert.Equal(0.6, mixOnly.Areas.Mix[1]);
    }

    [Fact]
    public void Budget_squeeze_cuts_the_budget_and_sets_financial_pressure()
    {
        var (without, with) = Pair(b => b.Event(EventTick, "budget_squeeze", 0.25));
        for (var a = 0; a < with.AreaCount; a++)
        {
            Assert.Equal(without.Areas.Budget[a] * 0.75, with.Areas.Budget[a], 9);
            // The squeeze's urgency, or the overspend's if that is greater.
            Assert.Equal(Math.Max(0.25, without.Areas.FinancialPressure[a]), with.Areas.FinancialPressure[a]);
        }
    }

    [Fact]
    public void Demand_growth_raises_need_per_patient_and_so_staff_needed()
    {
        var (without, with) = Pair(b => b.Event(EventTick, "demand_growth", 0.3, commissioner: 2));
        Assert.Equal(1.3, with.Areas.DemandFactor[2], 15);
        Assert.Equal(1.0, with.Areas.DemandFactor[0]);
        StaffNeeds.Recompute(with);
        StaffNeeds.Recompute(without);
        var pr = with.Providers;
        for (var i = with.Areas.ProviderStart[2]; i < with.Areas.ProviderStart[3]; i++)
        {
            for (var cat = 0; cat < pr.Categories; cat++)
            {
                Assert.Equal(without.Providers.Needed[i * pr.Categories + cat] * 1.3, pr.Needed[i * pr.Categories + cat], 9);
            }
        }
    }

    [Fact]
    public void Staff_shock_removes_its_share_of_pool_and_employed_staff_in_the_region_and_records_the_loss()
    {
        const double m = 0.2;
        // Area 0's region (areas 0 and 1), the stroke therapists only.
        var (without, with) = Pair(b => b.Event(EventTick, "staff_shock", m, commissioner: 0, serviceLine: "stroke_esd"));
        var cat = with.CategoryOf(1);
        var cats = with.Providers.Categories;
        var expectedLoss = without.Staff.Available[cat] * m;
        for (var i = 0; i < with.Providers.Area.Length; i++)
        {
            for (var k = 0; k < cats; k++)
            {
                var idx = i * cats + k;
                var hit = k == cat && with.RegionOf(i) == 0;
                Assert.Equal(without.Providers.Employed[idx] * (hit ? 1 - m : 1), with.Providers.Employed[idx], 12);
                if (hit) expectedLoss += without.Providers.Employed[idx] * m;
            }
        }
        Assert.Equal(without.Staff.Available[cat] * (1 - m), with.Staff.Available[cat], 12);
        Assert.Equal(expectedLoss, with.Staff.ShockLosses[cat], 9);
        Assert.Equal(expectedLoss, with.Staff.ShockLosses.Sum(), 9);
        Assert.Equal(without.Staff.Available[1 * cats + cat], with.Staff.Available[1 * cats + cat]);
    }

    [Fact]
    public void Provider_failure_moves_the_largest_providers_contracts_and_returns_its_staff()
    {
        var (without, with) = Pair(b => b.Event(EventTick, "provider_failure", commissioner: 0));
        var pr = with.Providers;
        var k = with.Contracts;
        // The community trust holds diabetes and stroke: the most patients in area 0.
        var failed = without.Contracts.Provider[0];
        Assert.Equal(ProviderKind.CommunityTrust, pr.Kind[failed]);
        Assert.False(pr.Alive[failed]);
        Assert.True(pr.Exited[failed]);
        Assert.Equal(0.0, pr.Reserves[failed]);
        for (var cat = 0; cat < pr.Categories; cat++) Assert.Equal(0.0, pr.Employed[failed * pr.Categories + cat]);
        for (var c = with.Areas.ContractStart[0]; c < with.Areas.ContractStart[1]; c++)
        {
            Assert.NotEqual(failed, k.Provider[c]);
            Assert.True(pr.Alive[k.Provider[c]]);
        }
        Assert.Equal(1, with.Flows.Exits);
        Assert.Equal(2, with.Flows.Switches);
        Assert.Equal(without.Contracts.Provider[3], k.Provider[3]); // other areas untouched
        Assert.Equal(with.P.Tendering.TransitionMonths, k.TransitionLeft[0]);
    }

    [Fact]
    public void Entrant_arrival_opens_a_private_firm_and_hands_it_the_largest_contract_of_the_line()
    {
        var (without, with) = Pair(b => b.Event(EventTick, "entrant_arrival", commissioner: 1, serviceLine: "dementia_memory"));
        var k = with.Contracts;
        var c = with.Areas.ContractStart[1] + 2; // area 1, dementia (one lot)
        var entrant = k.Provider[c];
        Assert.NotEqual(without.Contracts.Provider[c], entrant);
        Assert.Equal(ProviderKind.PrivateFirm, with.Providers.Kind[entrant]);
        Assert.True(with.Providers.Alive[entrant]);
        Assert.Equal(1, with.Providers.Area[entrant]);
        Assert.Equal(with.P.Trust.NewRelationship, k.TrustC[c]);
        Assert.Equal(with.P.Providers.QualityMean, k.BeliefQ[c]);
        Assert.Equal(1, with.Flows.Entries);
        Assert.Equal(2 * k.MonthlyValue(c), with.Flows.CapitalIn, 9);
        Assert.Equal(2 * k.MonthlyValue(c), with.Providers.Reserves[entrant], 9);
        Assert.Equal(0.0, with.Providers.Employed[entrant * with.Providers.Categories + with.CategoryOf(2)]);
    }

    [Fact]
    public void Entrant_arrival_without_a_free_slot_does_nothing()
    {
        var input = Base().Set("world", "entrant_slots", 0L).Event(EventTick, "entrant_arrival").Build();
        var sim = TestWorlds.Create(input, seed: 2);
        var providers = sim.World.Contracts.Provider.ToArray();
        sim.Step(Absolute + 1);
        Assert.Equal(providers, sim.World.Contracts.Provider);
    }

    [Fact]
    public void Under_a_mandate_every_reviewed_contract_is_tendered()
    {
        // A relational world with ample capacity would otherwise rarely tender.
        var b = TestWorlds.Small(areas: 3, practices: 4, patients: 60, ticks: 24).Mix(0.9)
            .Set("commissioning", "capacity_per_cycle", 100.0)
            .Event(0, "mandate_to_tender", duration: 13);
        var sim = TestWorlds.Create(b.Build(), seed: 6);
        sim.Step(1);
        int reviews = 0, tenders = 0;
        for (var t = 1; t <= 12; t++)
        {
            sim.Step(1);
            Assert.Equal(sim.World.Flows.Reviews, sim.World.Flows.Tenders);
            reviews += sim.World.Flows.Reviews;
            tenders += sim.World.Flows.Tenders;
        }
        Assert.True(reviews >= 3, $"only {reviews} reviews in a year");
        Assert.Equal(reviews, tenders);
    }
}
