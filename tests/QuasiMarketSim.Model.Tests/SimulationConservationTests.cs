using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace QuasiMarketSim.Model.Tests;

/// <summary>
/// Ledgers checked tick by tick: patients are neither created nor lost, staff change only by graduates, leavers and
/// shocks, and money only by budgets, capital, delivery costs, transaction costs and exits.
/// </summary>
public class SimulationConservationTests
{
    /// <summary>Runs the whole horizon one tick at a time, checking every ledger; returns the run's counts.</summary>
    private static (int Tenders, int Switches, int Entries, int Exits, int Decommissions) RunLedgers(Simulation sim)
    {
        int tenders = 0, switches = 0, entries = 0, exits = 0, decommissions = 0;
        for (var t = 0; t < sim.TotalTicks; t++)
        {
            WorldChecks.StepAndCheckLedgers(sim);
            var f = sim.World.Flows;
            tenders += f.Tenders;
            switches += f.Switches;
            entries += f.Entries;
            exits += f.Exits;
            decommissions += f.Decommissions;
        }
        return (tenders, switches, entries, exits, decommissions);
    }

    [Property(MaxTest = 60)]
    public Property Ledgers_balance_every_tick_for_random_scenarios() =>
        Prop.ForAll(ScenarioCase.Arbitrary(), c => { RunLedgers(TestWorlds.Create(c.Build(), c.Seed)); });

    [Theory]
    [MemberData(nameof(TestWorlds.EventKindCases), MemberType = typeof(TestWorlds))]
    public void Ledgers_balance_every_tick_with_each_event_kind(string kind)
    {
        var b = TestWorlds.Small(areas: 3, ticks: 48).Set("world", "commissioners_per_region", 2L);
        b.Event(3, kind, magnitude: 0.4, duration: 12, commissioner: -1);
        b.Event(10, kind, magnitude: 0.7, duration: 6, commissioner: 1, serviceLine: "stroke_esd");
        b.Event(20, kind, magnitude: 1.0, duration: 24, commissioner: 0);
        RunLedgers(TestWorlds.Create(b.Build(), seed: 5));
    }

    [Property(MaxTest = 10)]
    public Property Ledgers_balance_with_every_event_kind_at_random_ticks() =>
        Prop.ForAll(Gen.Choose(0, 100_000).ToArbitrary(), seed =>
        {
            var b = TestWorlds.Small(areas: 2, ticks: 36).Mix(0.3);
            var rng = new System.Random(seed);
            foreach (var kind in TestWorlds.EventKinds)
            {
                b.Event(rng.Next(36), kind, magnitude: rng.NextDouble(), duration: 1 + rng.Next(24), commissioner: rng.Next(-1, 2));
            }
            RunLedgers(TestWorlds.Create(b.Build(), (ulong)seed));
        });

    [Fact]
    public void Ledgers_balance_in_a_transactional_world_where_tenders_switches_entries_and_exits_happen()
    {
        // Mix 0.1 and agency: frequent tenders, new providers winning, entrants arriving, losers exiting.
        int tenders = 0, switches = 0, entries = 0, exits = 0;
        for (ulong seed = 1; seed <= 3; seed++)
        {
            // A provider failure guarantees an exit: with bids that price in the winner's curse, losers rarely go bust.
            var input = TestWorlds.Small(areas: 3, practices: 8, patients: 60, ticks: 120).Mix(0.1).Stance("agency").Event(60, "provider_failure").Build();
            var r = RunLedgers(TestWorlds.Create(input, seed));
            tenders += r.Tenders;
            switches += r.Switches;
            entries += r.Entries;
            exits += r.Exits;
        }
        // The ledgers must have been exercised by the events they exist for.
        Assert.True(tenders >= 10, $"only {tenders} tenders");
        Assert.True(switches >= 10, $"only {switches} switches");
        Assert.True(entries >= 3, $"only {entries} entries");
        Assert.True(exits >= 1, $"only {exits} exits");
    }

    [Fact]
    public void Ledgers_balance_when_decommissioning_happens()
    {
        // Low true quality and a high decommission threshold make commissioners decommission failing services.
        var input = TestWorlds.Small(areas: 2, ticks: 36)
            .Set("providers", "quality_mean", 0.3)
            .Set("commissioning", "decommission_threshold", 0.6)
            .Set("commissioning", "capacity_per_cycle", 20.0)
            .Build();
        var r = RunLedgers(TestWorlds.Create(input, seed: 2));
        Assert.True(r.Decommissions >= 1, $"no decommissioning happened ({r})");
    }

    [Fact]
    public void Patient_count_matches_the_world_shape_and_never_changes()
    {
        var input = TestWorlds.Small(areas: 3, practices: 5, patients: 77, ticks: 24).Mix(0.1).Build();
        var sim = TestWorlds.Create(input, seed: 9);
        Assert.Equal(3 * 5 * 77, sim.PatientCount);
        for (var t = 0; t < 24; t++)
        {
            WorldChecks.StepAndCheckLedgers(sim);
            Assert.Equal(3 * 5 * 77, sim.PatientCount);
            var unmet = sim.Results.Column("unmet_demand")[^1];
            Assert.Equal(sim.World.Contracts.Unmet.Sum(), unmet);
            Assert.Equal(unmet / sim.PatientCount, sim.Results.Column("unmet_share")[^1], 15);
        }
    }

    [Fact]
    public void Staff_and_money_columns_report_the_stocks_checked_by_the_ledgers()
    {
        var sim = TestWorlds.Create(TestWorlds.Small(ticks: 6).Build(), seed: 4);
        sim.Step(6);
        var w = sim.World;
        Assert.Equal(w.Providers.Employed.Sum(), sim.Results.Column("staff_employed")[^1], 9);
        Assert.Equal(w.Staff.Available.Sum(), sim.Results.Column("staff_available")[^1], 9);
        Assert.Equal(w.Areas.Balance.Sum(), sim.Results.Column("commissioner_balance")[^1]);
        Assert.Equal(w.Providers.Reserves.Sum(), sim.Results.Column("provider_reserves")[^1]);
    }
}
