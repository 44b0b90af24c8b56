using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Tests.Mechanisms;

public class ProviderChangeTests
{
    private static QuasiMarket World() => TestWorlds.Create(TestWorlds.Small(areas: 2, patients: 300).Build()).World;

    private static int OfKind(QuasiMarket w, int area, ProviderKind kind) =>
        Enumerable.Range(w.Areas.ProviderStart[area], w.Areas.ProviderStart[area + 1] - w.Areas.ProviderStart[area])
            .First(i => w.Providers.Kind[i] == kind);

    [Fact]
    public void Move_transfers_the_team_and_starts_a_new_relationship()
    {
        var w = World();
        var k = w.Contracts;
        var pr = w.Providers;
        const int c = 0; // area 0, diabetes, community trust
        var from = k.Provider[c];
        var to = OfKind(w, 0, ProviderKind.VoluntaryOrg);
        var cat = w.CategoryOf(k.Line[c]);
        var fromStaff = pr.Employed[from * pr.Categories + cat];
        var team = k.Patients[c] * w.StaffPerPatient(0, k.Line[c]) * 0.6;
        Assert.True(team < fromStaff);

        ProviderChange.Move(w, c, to, 0.6, believedQuality: 0.42);

        Assert.Equal(to, k.Provider[c]);
        Assert.Equal(fromStaff - team, pr.Employed[from * pr.Categories + cat], 12);
        Assert.Equal(team, pr.Employed[to * pr.Categories + cat], 12);
        Assert.Equal(w.P.Trust.NewRelationship, k.TrustC[c]);
        Assert.Equal(w.P.Trust.NewRelationship, k.TrustP[c]);
        Assert.Equal(0.42, k.BeliefQ[c]);
        Assert.Equal(0.2 * 0.2, k.BeliefVar[c], 15);
        Assert.Equal(w.P.Tendering.TransitionMonths, k.TransitionLeft[c]);
        Assert.Equal(1, w.Flows.Switches);
    }

    [Fact]
    public void Move_to_a_provider_the_commissioner_already_knows_carries_over_its_trust()
    {
        var w = World();
        var k = w.Contracts;
        // Dementia (contract 2) is held by the mental health trust; move diabetes there.
        k.TrustC[2] = 0.83;
        ProviderChange.Move(w, 0, k.Provider[2], 0.6, 0.5);
        Assert.Equal(0.83, k.TrustC[0]);
        Assert.Equal(0.83, k.TrustP[0]);
    }

    [Fact]
    public void Move_takes_no_more_staff_than_the_old_provider_has()
    {
        var w = World();
        var pr = w.Providers;
        var from = w.Contracts.Provider[0];
        var cat = w.CategoryOf(0);
        pr.Employed[from * pr.Categories + cat] = 0.01;
        var to = OfKind(w, 0, ProviderKind.AcuteTrust);
        ProviderChange.Move(w, 0, to, 1.0, 0.5);
        Assert.Equal(0.0, pr.Employed[from * pr.Categories + cat]);
        Assert.Equal(0.01, pr.Employed[to * pr.Categories + cat], 15);
    }

    [Fact]
    public void Best_alternative_is_the_best_believed_alive_non_practice_provider()
    {
        var w = World();
        var k = w.Contracts;
        var community = k.Provider[0];
        var mental = k.Provider[2];
        // Unknown providers are believed to be of mean quality (0.6).
        k.BeliefQ[2] = 0.9;
        Assert.Equal(mental, ProviderChange.BestAlternative(w, 0, community, 0, out var believed));
        Assert.Equal(0.9, believed);
        k.BeliefQ[2] = 0.1;
        var best = ProviderChange.BestAlternative(w, 0, community, 0, out believed);
        Assert.Equal(0.6, believed);
        Assert.NotEqual(ProviderKind.GpPractice, w.Providers.Kind[best]);
        Assert.True(w.Providers.Alive[best]);
        Assert.Equal(0.5 * (k.BeliefQ[0] + k.BeliefQ[1]), ProviderChange.BelievedQuality(w, 0, community)!.Value, 15);
        Assert.Null(ProviderChange.BelievedQuality(w, 0, OfKind(w, 0, ProviderKind.VoluntaryOrg)));
    }

    [Fact]
    public void Entrant_slots_are_used_from_the_end_of_the_block_until_none_is_left()
    {
        var w = World();
        var last = w.Areas.ProviderStart[1] - 1;
        Assert.Equal(last, ProviderChange.FreeEntrantSlot(w, 0));
        Assert.Equal(last, ProviderChange.OpenEntrant(w, 0, 1000, tick: 0));
        Assert.Equal(1000.0, w.Providers.Reserves[last]);
        Assert.Equal(1000.0, w.Flows.CapitalIn);
        Assert.Equal(last - 1, ProviderChange.OpenEntrant(w, 0, 0, tick: 0));
        Assert.Equal(last - 2, ProviderChange.OpenEntrant(w, 0, 0, tick: 0));
        Assert.Equal(-1, ProviderChange.OpenEntrant(w, 0, 0, tick: 0));
        Assert.Equal(3, w.Flows.Entries);
        // Area 1's slots are its own.
        Assert.Equal(w.Areas.ProviderStart[2] - 1, ProviderChange.FreeEntrantSlot(w, 1));
    }

    [Fact]
    public void Exit_moves_contracts_returns_staff_and_writes_off_reserves()
    {
        var w = World();
        var pr = w.Providers;
        var k = w.Contracts;
        var leaving = k.Provider[2];
        pr.Reserves[leaving] = 5000;
        var pool = w.Staff.Available.ToArray();
        var staff = Enumerable.Range(0, pr.Categories).Select(cat => pr.Employed[leaving * pr.Categories + cat]).ToArray();
        var moved = k.Patients[2] * w.StaffPerPatient(0, 2) * w.P.Staff.TransferShare;

        ProviderChange.Exit(w, leaving);

        Assert.False(pr.Alive[leaving]);
        Assert.True(pr.Exited[leaving]);
        Assert.NotEqual(leaving, k.Provider[2]);
        Assert.Equal(5000.0, w.Flows.ExitOut);
        Assert.Equal(0.0, pr.Reserves[leaving]);
        var cat2 = w.CategoryOf(2);
        Assert.Equal(pool[cat2] + staff[cat2] - moved, w.Staff.Available[cat2], 9);
        Assert.Equal(1, w.Flows.Exits);
    }

    [Fact]
    public void A_provider_with_no_alternative_is_bailed_out_instead_of_exiting()
    {
        var input = TestWorlds.Small(areas: 1)
            .Set("world", "acute_trusts", 0L).Set("world", "mental_health_trusts", 0L).Set("world", "voluntary_orgs", 0L)
            .Build();
        var w = TestWorlds.Create(input).World;
        var only = w.Contracts.Provider[0];
        Assert.All(w.Contracts.Provider, p => Assert.Equal(only, p));
        w.Providers.Reserves[only] = -700;
        w.Providers.DeficitMonths[only] = 30;

        ProviderChange.Exit(w, only);

        Assert.True(w.Providers.Alive[only]);
        Assert.False(w.Providers.Exited[only]);
        Assert.Equal(0.0, w.Providers.Reserves[only]);
        Assert.Equal(0, w.Providers.DeficitMonths[only]);
        Assert.Equal(-700.0, w.Flows.ExitOut);
        Assert.Equal(0, w.Flows.Exits);
    }

    [Fact]
    public void A_new_holder_with_no_staff_serves_no_one_in_the_month_after_it_takes_a_contract()
    {
        var input = TestWorlds.Small(areas: 1, ticks: 8).Mix(0.9).Event(2, "entrant_arrival", serviceLine: "diabetes").Build();
        var sim = TestWorlds.Create(input, seed: 1);
        sim.Step(3);
        var w = sim.World;
        var entrant = w.Contracts.Provider[0];
        Assert.Equal(ProviderKind.PrivateFirm, w.Providers.Kind[entrant]);
        Assert.Equal(0.0, w.Providers.Employed[entrant * w.Providers.Categories]);
        sim.Step(1);
        // The entrant had no staff when its patients were seen this month.
        Assert.Equal(w.Contracts.Patients[0], w.Contracts.Unmet[0]);
    }
}
