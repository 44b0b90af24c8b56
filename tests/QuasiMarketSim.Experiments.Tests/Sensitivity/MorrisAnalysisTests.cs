using QuasiMarketSim.Experiments.Designs;
using QuasiMarketSim.Experiments.Sensitivity;

namespace QuasiMarketSim.Experiments.Tests.Sensitivity;

public class MorrisAnalysisTests
{
    private static double[] Evaluate(MorrisDesign design, Func<double[], double> f) => [.. design.Points.Select(f)];

    [Fact]
    public void A_linear_function_has_mu_star_equal_to_its_coefficients_and_no_spread()
    {
        var design = MorrisDesign.Generate(3, 20, 4, 1);
        var results = MorrisAnalysis.Analyze(design, Evaluate(design, x => 10 * x[0] + 1 * x[1] + 0 * x[2]));
        double[] coefficients = [10, 1, 0];
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(i, results[i].Factor);
            Assert.Equal(coefficients[i], results[i].Mu, 1e-9);
            Assert.Equal(coefficients[i], results[i].MuStar, 1e-9);
            Assert.Equal(0, results[i].Sigma, 1e-9);
            Assert.Equal(coefficients[i], results[i].MuStarInterval.Low, 1e-9);
            Assert.Equal(coefficients[i], results[i].MuStarInterval.High, 1e-9);
        }
    }

    [Fact]
    public void Effects_are_per_unit_cube_coordinate_so_per_full_range_of_the_parameter()
    {
        // y = 10 theta1 - 4 theta2 with theta1 on [0, 2] and theta2 on [5, 5.5]: effects 10 x 2 = 20 and -4 x 0.5 = -2.
        ParameterRange[] ranges = [new("a", 0, 2), new("b", 5, 5.5)];
        var design = MorrisDesign.Generate(2, 10, 6, 2);
        var results = MorrisAnalysis.Analyze(design, Evaluate(design, u =>
        {
            var theta = ParameterRange.Scale(ranges, u);
            return 10 * theta[0] - 4 * theta[1];
        }));
        Assert.Equal(20, results[0].Mu, 1e-9);
        Assert.Equal(20, results[0].MuStar, 1e-9);
        Assert.Equal(-2, results[1].Mu, 1e-9);
        Assert.Equal(2, results[1].MuStar, 1e-9);
        Assert.Equal(0, results[1].Sigma, 1e-9);
    }

    [Fact]
    public void An_interaction_shows_as_spread_in_exactly_the_interacting_factors()
    {
        // y = x1 + x2 x3: the effect of x2 is x3 where it is taken, and vice versa; x1 and x4 act alone (or not at all).
        var design = MorrisDesign.Generate(4, 40, 4, 3);
        var y = Evaluate(design, x => x[0] + x[1] * x[2]);
        var effects = MorrisAnalysis.ElementaryEffects(design, y);
        for (var t = 0; t < design.Trajectories; t++)
        {
            var step = Enumerable.Range(0, 4).First(s => design.ChangedFactor[t * 4 + s] == 1);
            Assert.Equal(design.Points[design.Row(t, step)][2], effects[t][1], 1e-12);
        }
        var results = MorrisAnalysis.Analyze(design, y);
        Assert.Equal(1, results[0].MuStar, 1e-9);
        Assert.Equal(0, results[0].Sigma, 1e-9);
        // x3 on the grid {0, 1/3, 2/3, 1} has sd ~0.37 and mean 1/2.
        Assert.InRange(results[1].Sigma, 0.25, 0.5);
        Assert.InRange(results[2].Sigma, 0.25, 0.5);
        Assert.InRange(results[1].MuStar, 0.35, 0.65);
        Assert.Equal(effects.Average(e => Math.Abs(e[1])), results[1].MuStar, 1e-12);
        Assert.Equal(effects.Average(e => e[2]), results[2].Mu, 1e-12);
        // sigma is the sample standard deviation (divisor r - 1).
        Assert.Equal(MathNet.Numerics.Statistics.Statistics.StandardDeviation(effects.Select(e => e[1])), results[1].Sigma, 1e-12);
        Assert.Equal(0, results[3].MuStar);
        Assert.Equal(0, results[3].Sigma);
    }

    [Fact]
    public void A_non_monotone_effect_has_mu_star_but_cancelling_mu()
    {
        // y = (x - 1/2)^2 on 4 levels, delta 2/3: steps 0 <-> 2/3 have effect -1/3 and 1/3 <-> 1 have +1/3.
        var design = MorrisDesign.Generate(1, 200, 4, 4);
        var results = MorrisAnalysis.Analyze(design, Evaluate(design, x => (x[0] - 0.5) * (x[0] - 0.5)));
        Assert.Equal(1 / 3.0, results[0].MuStar, 1e-12);
        // Every resample has mean |EE| = 1/3, so the interval is the point.
        Assert.Equal(1 / 3.0, results[0].MuStarInterval.Low, 1e-12);
        Assert.Equal(1 / 3.0, results[0].MuStarInterval.High, 1e-12);
        Assert.InRange(results[0].Mu, -0.1, 0.1);
        Assert.Equal(1 / 3.0, results[0].Sigma, 0.01);
    }

    [Fact]
    public void The_bootstrap_interval_covers_mu_star_is_seeded_and_is_about_as_wide_as_theory_says()
    {
        var design = MorrisDesign.Generate(3, 50, 4, 5);
        var y = Evaluate(design, x => x[0] + 3 * x[1] * x[2]);
        var a = MorrisAnalysis.Analyze(design, y, seed: 9);
        var b = MorrisAnalysis.Analyze(design, y, seed: 9);
        var c = MorrisAnalysis.Analyze(design, y, seed: 10);
        Assert.Equal(a, b);
        Assert.NotEqual(a[1].MuStarInterval, c[1].MuStarInterval);
        var effects = MorrisAnalysis.ElementaryEffects(design, y);
        var sdAbs = MathNet.Numerics.Statistics.Statistics.StandardDeviation(effects.Select(e => Math.Abs(e[1])));
        var theory = 2 * 1.96 * sdAbs / Math.Sqrt(50);
        Assert.True(a[1].MuStarInterval.Contains(a[1].MuStar));
        Assert.InRange(a[1].MuStarInterval.Width, 0.8 * theory, 1.2 * theory);
        Assert.Equal(0.95, a[1].MuStarInterval.Level);
    }

    [Fact]
    public void A_single_trajectory_has_undefined_sigma()
    {
        var design = MorrisDesign.Generate(2, 1, 4, 6);
        var results = MorrisAnalysis.Analyze(design, Evaluate(design, x => x[0] + x[1]));
        Assert.Equal(1, results[0].MuStar, 1e-12);
        Assert.True(double.IsNaN(results[0].Sigma));
    }

    [Fact]
    public void Outputs_must_match_the_design_rows()
    {
        var design = MorrisDesign.Generate(2, 3, 4, 7);
        Assert.Throws<ArgumentException>(() => MorrisAnalysis.Analyze(design, new double[design.Points.Length - 1]));
    }
}
