using QuasiMarketSim.Experiments.Check;

namespace QuasiMarketSim.Experiments.Tests.Check;

public class LeverCheckTests
{
    [Fact]
    public void Every_behavioural_parameter_moves_some_metric()
    {
        var results = LeverCheck.Execute(RepoPaths.Scenario("baseline"), seed: 1, threads: 2);
        Assert.True(results.Count > 150, $"only {results.Count} levers tried");
        Assert.DoesNotContain(results, r => r.Path.StartsWith("world.", StringComparison.Ordinal));
        var inert = results.Where(r => r.Inert).Select(r => $"{r.Path} ({r.From} -> {r.To}, {r.World})").ToList();
        Assert.True(inert.Count == 0, "inert levers (a bug, or a parameter to delete): " + string.Join("; ", inert));
    }
}
