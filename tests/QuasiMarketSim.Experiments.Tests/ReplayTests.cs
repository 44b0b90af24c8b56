using QuasiMarketSim.Runners;

namespace QuasiMarketSim.Experiments.Tests;

public class ReplayTests
{
    [Theory]
    [InlineData("three-commissioners", false)] // per-area outputs because the scenario sets areas apart
    [InlineData("baseline", true)]             // per-area outputs because the run asked for them
    public void A_run_with_per_area_outputs_replays_them_bit_for_bit(string scenario, bool perArea)
    {
        using var dir = new TempFolder();
        var r = RunExecutor.Execute(new RunRequest(RepoPaths.Scenario(scenario), [], Ticks: 12, OutputDirectory: dir.Sub("run"), PerArea: perArea));
        var checks = Replay.Execute(Path.Combine(r.OutputDirectory, "manifest.json"), threads: 2);
        Assert.Contains(checks, c => c.File == "areas.csv");
        Assert.All(checks, c => Assert.True(c.Identical, $"{c.File}: {c.Verdict}"));
    }
}
