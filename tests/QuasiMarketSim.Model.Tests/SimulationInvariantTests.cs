using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace QuasiMarketSim.Model.Tests;

/// <summary>State invariants after every tick, over random seeds, repertoires, stances, shapes and events.</summary>
public class SimulationInvariantTests
{
    private static void RunChecked(ScenarioCase c)
    {
        var sim = TestWorlds.Create(c.Build(), c.Seed);
        Assert.Equal(ScenarioCase.Ticks, sim.TotalTicks);
        for (var t = 0; t < sim.TotalTicks; t++)
        {
            sim.Step(1);
            WorldChecks.AssertInvariants(sim);
        }
        Assert.Equal(ScenarioCase.Ticks, sim.Results.Rows.Count);
    }

    [Property(MaxTest = 60)]
    public Property Invariants_hold_after_every_tick() =>
        Prop.ForAll(ScenarioCase.Arbitrary(), RunChecked);

    [Property(MaxTest = 40)]
    public Property Invariants_hold_with_many_events() =>
        Prop.ForAll(ScenarioCase.Arbitrary(maxEvents: 12), RunChecked);

    [Theory]
    [MemberData(nameof(TestWorlds.EventKindCases), MemberType = typeof(TestWorlds))]
    public void Invariants_hold_with_an_extreme_event_of_each_kind(string kind)
    {
        // Magnitude 1, repeated: the edges of each event's range (trust and memory wiped, budget to zero, demand
        // doubled, every staff member lost, every provider failing, entrant slots exhausted).
        var b = TestWorlds.Small(ticks: 36).Mix(0.1).Stance("agency");
        for (var t = 2; t < 36; t += 5) b.Event(t, kind, magnitude: 1, duration: 24);
        var sim = TestWorlds.Create(b.Build(), seed: 17);
        for (var t = 0; t < sim.TotalTicks; t++)
        {
            sim.Step(1);
            WorldChecks.AssertInvariants(sim);
        }
    }

    [Fact]
    public void Invariants_hold_after_a_default_warm_up()
    {
        // The default world (3 areas x 8 practices x 600 patients) with its 12-month warm-up and a year recorded.
        var sim = TestWorlds.Create(new ScenarioBuilder().Ticks(12).Build(), seed: 3);
        Assert.Equal(24, sim.TotalTicks);
        for (var t = 0; t < sim.TotalTicks; t++)
        {
            sim.Step(1);
            WorldChecks.AssertInvariants(sim);
            Assert.Equal(Math.Max(0, t + 1 - 12), sim.Results.Rows.Count);
        }
    }
}
