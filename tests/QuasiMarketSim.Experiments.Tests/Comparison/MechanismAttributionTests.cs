using QuasiMarketSim.Experiments.Comparison;
using QuasiMarketSim.Model.Parameters;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.Tests.Comparison;

public class MechanismAttributionTests
{
    [Fact]
    public void Every_switch_is_a_set_of_valid_overrides_that_changes_the_baseline_the_transactional_or_a_squeezed_run()
    {
        double[] WholeRun(string scenario, IReadOnlyList<string> set)
        {
            var (table, metrics) = RunUnit.Run(ScenarioLoader.Load(RepoPaths.Scenario(scenario), set).Input, 3);
            return RunUnit.WholeRun(table, metrics);
        }
        // A budget binds only when money is short: the third world is squeezed.
        (string Scenario, string[] Set)[] worlds =
            [("baseline", []), ("transactional", []), ("baseline", ["""events=[{"tick":12,"type":"budget_squeeze","magnitude":0.2}]"""])];
        var plain = worlds.Select(w => WholeRun(w.Scenario, w.Set)).ToList();
        foreach (var s in MechanismSwitches.All)
        {
            Assert.NotEmpty(s.Off);
            var moved = worlds.Select((w, i) => !WholeRun(w.Scenario, [.. w.Set, .. s.Off]).SequenceEqual(plain[i])).ToList();
            Assert.True(moved.Any(m => m), $"switching off {s.Name} changes nothing in any world");
        }
        Assert.Equal(MechanismSwitches.All.Count, MechanismSwitches.All.Select(s => s.Name).Distinct().Count());
    }

    [Fact]
    public void Unknown_mechanisms_are_refused_with_the_list_and_lists_may_be_comma_separated()
    {
        var error = Assert.Throws<ArgumentException>(() => MechanismAttribution.Select(["challenge", "magic"]));
        Assert.Contains("'magic'", error.Message, StringComparison.Ordinal);
        Assert.Contains("complacency", error.Message, StringComparison.Ordinal);
        Assert.Equal(["challenge", "complacency"], MechanismAttribution.Select(["complacency, challenge"]).Select(s => s.Name));
        Assert.Equal(MechanismSwitches.All.Count, MechanismAttribution.Select([]).Count);
    }

    [Fact]
    public void What_a_mechanism_carries_is_the_difference_minus_what_is_left_and_switching_off_an_unused_one_carries_nothing()
    {
        using var dir = new TempFolder();
        var request = new CompareRequest(RepoPaths.Scenario("baseline"), ["ticks=36"], RepoPaths.Scenario("transactional"), ["ticks=36"], 4, Threads: 2,
            OutputDirectory: dir.Sub("e"));
        // The baseline has no tenders in 36 months and no events: the budget never binds, so budget_constraint carries nothing.
        var r = MechanismAttribution.Execute(request, ["complacency", "budget_constraint"]);
        foreach (var s in r.Shares)
        {
            Assert.Equal(s.Difference.Mean - s.Left.Mean, s.Carried.Mean, 6);
        }
        var quality = r.Shares.Single(s => s.Mechanism == "complacency" && s.Metric.Name == "quality_true_mean");
        Assert.True(quality.Carried.ExcludesZero);
        Assert.All(r.Shares.Where(s => s.Mechanism == "budget_constraint"), s => Assert.Equal(0.0, s.Carried.Mean));
        Assert.True(File.Exists(Path.Combine(r.OutputDirectory, "explanation.csv")));
        Assert.True(File.Exists(Path.Combine(r.OutputDirectory, "manifest.json")));
    }
}
