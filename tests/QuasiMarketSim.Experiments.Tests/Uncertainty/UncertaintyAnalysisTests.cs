using QuasiMarketSim.Experiments.Uncertainty;
using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Experiments.Tests.Uncertainty;

/// <summary>The analysis of a probabilistic sample, on toy models whose answers are known.</summary>
public class UncertaintyAnalysisTests
{
    private static readonly MetricInfo Toy = new("y", "y", "-", MetricKind.Level, "test", "toy") { Better = 1 };

    /// <summary>Standard normal draws from a seeded generator (tests only).</summary>
    private static Func<double> Normal(int seed)
    {
        var rng = new Random(seed);
        return () => MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, rng.NextDouble());
    }

    [Fact]
    public void On_a_toy_model_the_uncertainty_interval_covers_95_percent_of_new_parameter_draws_and_splits_the_variance_right()
    {
        // y = theta + noise, theta ~ N(0, 1), noise ~ N(0, 0.5^2): a single run's variance is 1.25, 80% of it parameters.
        var z = Normal(11);
        var values = Enumerable.Range(0, 2000).Select(_ => { var theta = z(); return (IReadOnlyList<double>)[theta + 0.5 * z(), theta + 0.5 * z()]; }).ToList();
        var u = MetricUncertainty.Of(Toy, values, isDifference: false);
        Assert.Equal(0.8, u.ParameterShare, 0.04);
        // A set's mean over 2 replications has variance 1 + 0.25 / 2: its 95% interval is +-1.96 sqrt(1.125).
        Assert.Equal(-1.96 * Math.Sqrt(1.125), u.Low, 0.12);
        Assert.Equal(1.96 * Math.Sqrt(1.125), u.High, 0.12);
        var fresh = Enumerable.Range(0, 4000).Select(_ => z() + 0.5 * (z() + z()) / 2).ToArray();
        var covered = fresh.Count(y => y >= u.Low && y <= u.High) / (double)fresh.Length;
        Assert.InRange(covered, 0.93, 0.97);
        Assert.True(u.MonteCarloHalfWidth < 0.05, "the mean of 4,000 runs is computed precisely");
    }

    [Fact]
    public void Noise_alone_gives_no_parameter_share()
    {
        var z = Normal(5);
        var values = Enumerable.Range(0, 500).Select(_ => (IReadOnlyList<double>)[z(), z(), z()]).ToList();
        Assert.InRange(MetricUncertainty.Of(Toy, values, false).ParameterShare, 0, 0.05);
    }

    [Fact]
    public void The_probability_b_is_better_counts_sets_in_the_metrics_better_direction()
    {
        IReadOnlyList<IReadOnlyList<double>> diffs = [[1, 1], [2, 2], [-1, -1], [3, 3]];
        Assert.Equal(0.75, MetricUncertainty.Of(Toy, diffs, true).ProbabilityBetter);
        Assert.Equal(0.25, MetricUncertainty.Of(Toy with { Better = -1 }, diffs, true).ProbabilityBetter);
        Assert.True(double.IsNaN(MetricUncertainty.Of(Toy, diffs, false).ProbabilityBetter));
        Assert.True(double.IsNaN(MetricUncertainty.Of(Toy with { Better = 0 }, diffs, true).ProbabilityBetter), "no better way, no probability");
    }

    [Fact]
    public void Given_data_sobol_indices_match_a_linear_model_with_known_shares()
    {
        // y = x1 + 2 x2 with x uniform and independent: S1 = 1/5, S2 = 4/5, S3 = 0.
        var rng = new Random(3);
        var x = Enumerable.Range(0, 4000).Select(_ => (IReadOnlyList<double>)[rng.NextDouble(), rng.NextDouble(), rng.NextDouble()]).ToList();
        var y = x.Select(v => v[0] + 2 * v[1]).ToList();
        var s = GivenDataSobol.FirstOrder(x, y);
        Assert.Equal(0.2, s[0], 0.03);
        Assert.Equal(0.8, s[1], 0.03);
        Assert.Equal(0, s[2], 0.03);
    }

    [Fact]
    public void Net_benefit_icer_and_acceptability_follow_the_hand_worked_example()
    {
        // Set 1: B costs GBP 100 more and gains 0.01 QALY; set 2: B saves GBP 50 and gains 0.002.
        var ce = new CostEffectiveness([100, -50], [0.01, 0.002]);
        Assert.Equal([100.0, 90.0], ce.NetBenefit(20_000));
        Assert.Equal(25 / 0.006, ce.Icer, 9);
        Assert.Equal("B costs more and gains QALYs", ce.Quadrant);
        Assert.Equal(0.5, ce.ProbabilityCostEffective(0));
        Assert.Equal(1.0, ce.ProbabilityCostEffective(20_000));
        // B in set 1 pays for itself from GBP 10,000 per QALY (100 / 0.01).
        var curve = ce.Acceptability(20_000, 1_000);
        Assert.Equal(0.5, curve.Single(p => p.Threshold == 10_000).Probability);
        Assert.Equal(1.0, curve.Single(p => p.Threshold == 11_000).Probability);
    }
}
