using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Explorer.Tests;

public sealed class LeverChangeTests
{
    private static readonly LoadedScenario StaffShortage = ScenarioLoader.Load(RepoPaths.Scenario("staff-shortage"), []);

    [Fact]
    public void A_mix_change_is_appended_to_the_scenarios_own_events()
    {
        var text = LeverChange.EventsOverride(StaffShortage, 30, ["commissioning.relational_mix=0.3"]);
        Assert.StartsWith("events=[{\"tick\":24,\"type\":\"staff_shock\"", text, StringComparison.Ordinal);
        Assert.EndsWith("{\"tick\":30,\"type\":\"repertoire_change\",\"magnitude\":0.3,\"commissioner\":-1}]", text, StringComparison.Ordinal);
        var loaded = ScenarioLoader.Load(RepoPaths.Scenario("staff-shortage"), [text]);
        Assert.Equal(StaffShortage.Input.Events.Count + 1, loaded.Input.Events.Count);
    }

    [Fact]
    public void A_stance_change_alone_keeps_the_mix_the_last_change_set()
    {
        var first = ScenarioLoader.Load(RepoPaths.Scenario("baseline"), [LeverChange.EventsOverride(ScenarioLoader.Load(RepoPaths.Scenario("baseline"), []), 10,
            ["commissioning.relational_mix=0.25"])]);
        var second = LeverChange.EventsOverride(first, 20, ["commissioning.stance=agency"]);
        Assert.EndsWith("{\"tick\":20,\"type\":\"repertoire_change\",\"magnitude\":0.25,\"commissioner\":-1,\"stance\":\"agency\"}]", second, StringComparison.Ordinal);
        var plain = LeverChange.EventsOverride(ScenarioLoader.Load(RepoPaths.Scenario("baseline"), []), 5, ["commissioning.stance=agency"]);
        Assert.Contains("\"magnitude\":0.8,", plain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("trust.gain_rate=0.1")]
    [InlineData("ticks=12")]
    [InlineData("commissioning.negotiated_order=0.5")]
    public void A_lever_no_event_can_move_is_refused(string set)
    {
        var e = Assert.Throws<InputException>(() => LeverChange.EventsOverride(StaffShortage, 3, [set]));
        Assert.Contains("can change mid-run", e.Message, StringComparison.Ordinal);
    }
}
