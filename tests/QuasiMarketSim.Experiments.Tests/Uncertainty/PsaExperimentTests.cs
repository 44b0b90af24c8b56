using QuasiMarketSim.Experiments.Uncertainty;

namespace QuasiMarketSim.Experiments.Tests.Uncertainty;

public class PsaExperimentTests
{
    private static PsaRequest Request(string dir, string? b = "transactional", int threads = 2, string? posterior = null, int sets = 6) =>
        new(RepoPaths.Scenario("baseline"), [], b is null ? null : RepoPaths.Scenario(b), [], sets, 2, Ticks: 12, Threads: threads, OutputDirectory: dir,
            Posterior: posterior);

    [Fact]
    public void A_comparison_writes_every_file_and_its_cost_effectiveness_agrees_with_its_metrics()
    {
        using var dir = new TempFolder();
        var r = PsaExperiment.Execute(Request(dir.Sub("p")));
        foreach (var file in new[] { "parameters.csv", "sets.csv", "runs.csv", "uncertainty.csv", "cost_effectiveness.csv", "acceptability.csv", "drivers.csv",
            "summary.json", "manifest.json" })
            Assert.True(File.Exists(Path.Combine(r.OutputDirectory, file)), file);
        Assert.Equal(6 * 2 * 2, r.Runs);
        var cost = r.Metrics.Single(m => m.Metric.Name == "nhs_cost");
        Assert.Equal(cost.Mean, r.CostEffectiveness!.MeanDeltaCost, Math.Abs(cost.Mean) * 1e-9);
        Assert.Equal(r.Metrics.Single(m => m.Metric.Name == "qalys").Mean, r.CostEffectiveness.MeanDeltaQalys, 1e-6);
        Assert.True(r.Design.Paths.Count >= 30);
    }

    [Fact]
    public void Each_set_draws_different_values_and_within_a_set_both_arms_share_the_draw()
    {
        using var dir = new TempFolder();
        var r = PsaExperiment.Execute(Request(dir.Sub("p")));
        var gain = Enumerable.Range(0, r.Design.Sets).Select(s => r.Design.Values(0, s)["trust.gain_rate"]).ToArray();
        Assert.Equal(gain.Length, gain.Distinct().Count());
        // Both scenarios keep trust.gain_rate at its default: the same quantile gives the same value in both arms.
        Assert.All(Enumerable.Range(0, r.Design.Sets), s => Assert.Equal(r.Design.Values(0, s)["trust.gain_rate"], r.Design.Values(1, s)["trust.gain_rate"]));
    }

    [Fact]
    public void Results_are_identical_at_one_and_two_threads()
    {
        using var dir = new TempFolder();
        var one = PsaExperiment.Execute(Request(dir.Sub("one"), b: null, threads: 1));
        var two = PsaExperiment.Execute(Request(dir.Sub("two"), b: null, threads: 2));
        foreach (var file in new[] { "runs.csv", "sets.csv", "uncertainty.csv", "summary.json" })
            Assert.Equal(File.ReadAllText(Path.Combine(one.OutputDirectory, file)), File.ReadAllText(Path.Combine(two.OutputDirectory, file)));
    }

    [Fact]
    public void A_posterior_sample_replaces_the_draws_of_the_parameters_it_holds()
    {
        using var dir = new TempFolder();
        var posterior = dir.Sub("posterior.csv");
        File.WriteAllText(posterior, "sample,trust.gain_rate\n0,0.011\n1,0.044\n");
        // Calibrated at the default (0.03), as baseline has it: the sample is drawn as it is.
        File.WriteAllText(dir.Sub("parameters.csv"), "parameter,scenario_value\ntrust.gain_rate,0.03\n");
        var r = PsaExperiment.Execute(Request(dir.Sub("p"), b: null, posterior: posterior, sets: 4));
        Assert.Equal([0.011, 0.044, 0.011, 0.044], Enumerable.Range(0, 4).Select(s => Math.Round(r.Design.Values(0, s)["trust.gain_rate"], 12)));
    }

    [Theory]
    [InlineData("sample,trust.nonsense\n0,1\n", "'trust.nonsense' is not an uncertain parameter")]
    [InlineData("sample,trust.gain_rate\n0,abc\n", "posterior.csv:2: trust.gain_rate: expected a number")]
    [InlineData("set,trust.gain_rate\n0,1\n", "first column to be 'sample'")]
    public void A_bad_posterior_file_is_refused_with_its_line(string text, string expected)
    {
        using var dir = new TempFolder();
        var posterior = dir.Sub("posterior.csv");
        File.WriteAllText(posterior, text);
        var e = Assert.Throws<ArgumentException>(() => PsaExperiment.Execute(Request(dir.Sub("p"), b: null, posterior: posterior, sets: 4)));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.Sub("p")), "nothing is written when the input is bad");
    }
}
