using QuasiMarketSim.Experiments.SensitivityRuns;

namespace QuasiMarketSim.Experiments.Tests.SensitivityRuns;

public class SensitivityExperimentTests
{
    private static string Scenario(TempFolder dir, string metrics = "[\"trust_mean\", \"tc_share_of_spend\"]")
    {
        var path = dir.Sub("s.jsonc");
        File.WriteAllText(path, $$"""
            { "ticks": 24, "warmup": 0,
              "sensitivity": { "parameters": [ { "path": "commissioning.relational_mix", "min": 0, "max": 1 },
                                               { "path": "staff.poaching_rate", "min": 0, "max": 0.01 } ],
                               "trajectories": 6, "levels": 4, "samples": 16, "replications": 2, "metrics": {{metrics}} } }
            """);
        return path;
    }

    [Fact]
    public void Morris_ranks_the_relational_mix_above_an_inert_factor_for_trust()
    {
        using var dir = new TempFolder();
        var r = SensitivityExperiment.Execute(new SensitivityRequest(Scenario(dir), "morris", [], Threads: 2, OutputDirectory: dir.Sub("m")));
        Assert.Equal(6 * 3 * 2, r.Runs);
        double MuStar(string factor) => r.Indices.Single(i => i.Metric == "trust_mean" && i.Factor == factor && i.Index == "mu_star").Value;
        Assert.True(MuStar("commissioning.relational_mix") > 10 * MuStar("staff.poaching_rate"));
        Assert.InRange(r.Noise["trust_mean"], 0.9, 1.0);
        Assert.True(File.Exists(Path.Combine(r.OutputDirectory, "sensitivity.csv")));
    }

    [Fact]
    public void Sobol_gives_first_and_total_order_for_every_factor_and_metric()
    {
        using var dir = new TempFolder();
        var r = SensitivityExperiment.Execute(new SensitivityRequest(Scenario(dir), "sobol", [], Threads: 2, OutputDirectory: dir.Sub("s")));
        Assert.Equal(16 * (2 + 2) * 2, r.Runs);
        Assert.Equal(2 * 2 * 2, r.Indices.Count);
        var mixTotal = r.Indices.Single(i => i.Metric == "trust_mean" && i.Factor == "commissioning.relational_mix" && i.Index == "total_order");
        Assert.True(mixTotal.Value > 0.5, $"relational mix should dominate trust; total order {mixTotal.Value}");
    }

    [Fact]
    public void Unknown_metric_is_refused()
    {
        using var dir = new TempFolder();
        var e = Assert.Throws<ArgumentException>(() => SensitivityExperiment.Execute(new SensitivityRequest(Scenario(dir, "[\"trust_meen\"]"), "morris", [], OutputDirectory: dir.Sub("x"))));
        Assert.Contains("trust_meen", e.Message, StringComparison.Ordinal);
    }
}
