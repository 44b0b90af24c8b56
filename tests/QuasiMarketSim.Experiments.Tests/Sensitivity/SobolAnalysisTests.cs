using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Experiments.Designs;
using QuasiMarketSim.Experiments.Sensitivity;
using Xunit.Abstractions;

namespace QuasiMarketSim.Experiments.Tests.Sensitivity;

public class SobolAnalysisTests(ITestOutputHelper output)
{
    /// <summary>Ishigami and Homma (1990): f = sin x1 + a sin^2 x2 + b x3^4 sin x1, x_i uniform on [-pi, pi].</summary>
    private const double A = 7, B = 0.1;

    private static double Ishigami(double[] x) => Math.Sin(x[0]) + A * Math.Pow(Math.Sin(x[1]), 2) + B * Math.Pow(x[2], 4) * Math.Sin(x[0]);

    private static readonly ParameterRange[] IshigamiRanges = [new("x1", -Math.PI, Math.PI), new("x2", -Math.PI, Math.PI), new("x3", -Math.PI, Math.PI)];

    /// <summary>Analytic indices (Sobol and Levitan 1999; Marrel et al. 2009): S1, S2, S3, ST1, ST2, ST3.</summary>
    private static (double[] First, double[] Total) IshigamiIndices()
    {
        var pi4 = Math.Pow(Math.PI, 4);
        var pi8 = pi4 * pi4;
        var v = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
        var v1 = 0.5 * Math.Pow(1 + B * pi4 / 5, 2);
        var v2 = A * A / 8;
        var v13 = B * B * pi8 * 8 / 225;
        return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v]);
    }

    [Fact]
    public void The_analytic_ishigami_indices_are_the_published_ones()
    {
        var (first, total) = IshigamiIndices();
        Assert.Equal([0.3139, 0.4424, 0], first.Select(x => Math.Round(x, 4)));
        Assert.Equal([0.5576, 0.4424, 0.2437], total.Select(x => Math.Round(x, 4)));
    }

    [Theory]
    // Tolerances from 30 seeds: Sobol sampling erred by at most 0.0022 and every interval covered the true value;
    // Latin hypercubes (plain Monte Carlo accuracy) erred by at most 0.039 and 6 of 180 intervals missed, by at most 0.011.
    [InlineData(SaltelliSampling.Sobol, 8192, 0.005, 0.0)]
    [InlineData(SaltelliSampling.LatinHypercube, 8192, 0.045, 0.015)]
    public void Ishigami_indices_are_recovered_and_covered_by_their_intervals(SaltelliSampling sampling, int n, double tolerance, double intervalSlack)
    {
        var design = SaltelliDesign.Generate(3, n, 2024, sampling);
        var y = design.Points.Select(u => Ishigami(ParameterRange.Scale(IshigamiRanges, u))).ToArray();
        var result = SobolAnalysis.Analyze(design, y, seed: 1);
        var (first, total) = IshigamiIndices();
        for (var i = 0; i < 3; i++)
        {
            var f = result.Factors[i];
            output.WriteLine($"{sampling} x{i + 1}: S={f.FirstOrder:F4} [{f.FirstOrderInterval.Low:F4}, {f.FirstOrderInterval.High:F4}] (true {first[i]:F4}), ST={f.TotalOrder:F4} "
                + $"[{f.TotalOrderInterval.Low:F4}, {f.TotalOrderInterval.High:F4}] (true {total[i]:F4})");
            Assert.Equal(first[i], f.FirstOrder, tolerance);
            Assert.Equal(total[i], f.TotalOrder, tolerance);
            Assert.True(Near(f.FirstOrderInterval, first[i], intervalSlack), $"S{i + 1} interval misses {first[i]}");
            Assert.True(Near(f.TotalOrderInterval, total[i], intervalSlack), $"ST{i + 1} interval misses {total[i]}");
            // Intervals are informative: narrower than 0.1.
            Assert.InRange(f.FirstOrderInterval.Width, 1e-4, 0.1);
            Assert.InRange(f.TotalOrderInterval.Width, 1e-4, 0.1);
        }
        // The variance of the output is a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2 = 13.845.
        Assert.Equal(13.845, result.Variance, 0.3);
        Assert.Equal(A / 2, result.Mean, 0.1);
    }

    private static bool Near(PercentileInterval interval, double value, double slack) =>
        value >= interval.Low - slack && value <= interval.High + slack;

    [Fact]
    public void An_additive_linear_function_has_s_i_equal_to_its_share_of_squared_coefficients()
    {
        // y = sum a_i x_i on [0, 1]^4: S_i = S_Ti = a_i^2 / sum a_j^2 = 1/14, 4/14, 9/14, 0.
        double[] a = [1, 2, 3, 0];
        var design = SaltelliDesign.Generate(4, 4096, 77);
        var y = design.Points.Select(x => a.Select((c, i) => c * x[i]).Sum()).ToArray();
        var result = SobolAnalysis.Analyze(design, y, seed: 3, bootstrap: 200);
        for (var i = 0; i < 4; i++)
        {
            var expected = a[i] * a[i] / 14;
            // Over 10 seeds the largest error was 7e-5.
            Assert.Equal(expected, result.Factors[i].FirstOrder, 0.001);
            Assert.Equal(expected, result.Factors[i].TotalOrder, 0.001);
            Assert.True(result.Factors[i].FirstOrderInterval.Contains(expected) || i == 3);
            Assert.True(result.Factors[i].TotalOrderInterval.Contains(expected) || i == 3);
        }
        // A factor that does not enter the function has indices of exactly 0.
        Assert.Equal(0, result.Factors[3].FirstOrder, 1e-12);
        Assert.Equal(0, result.Factors[3].TotalOrder);
        Assert.Equal(14 / 12.0, result.Variance, 1e-4);
    }

    [Fact]
    public void Independent_run_noise_deflates_first_order_and_inflates_total_order_indices_as_documented()
    {
        // y = x1 + 2 x2 + e, e ~ N(0, 0.25): V_g = 5/12, V_e = 0.25, noise share eta = V_e / (V_g + V_e) = 0.375.
        // Noise is not reduced by quasi-random sampling: with N = 16384 the standard error of each estimate is ~0.01.
        var design = SaltelliDesign.Generate(2, 16384, 5);
        var y = new double[design.Points.Length];
        for (var row = 0; row < y.Length; row++)
        {
            var rng = new RandomStream(99, 0, (ulong)row, 0);
            y[row] = design.Points[row][0] + 2 * design.Points[row][1] + 0.5 * rng.NextGaussian();
        }
        var result = SobolAnalysis.Analyze(design, y, seed: 3, bootstrap: 100);
        const double eta = 0.25 / (5 / 12.0 + 0.25);
        double[] s = [0.2, 0.8];
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(s[i] * (1 - eta), result.Factors[i].FirstOrder, 0.035);
            Assert.Equal(s[i] * (1 - eta) + eta, result.Factors[i].TotalOrder, 0.035);
        }
    }

    [Fact]
    public void The_bootstrap_is_seeded_and_a_constant_output_has_undefined_indices()
    {
        var design = SaltelliDesign.Generate(2, 256, 5);
        var y = design.Points.Select(x => x[0] * x[1] + x[0]).ToArray();
        Assert.Equal(SobolAnalysis.Analyze(design, y, 4, 50).Factors, SobolAnalysis.Analyze(design, y, 4, 50).Factors);
        Assert.NotEqual(SobolAnalysis.Analyze(design, y, 4, 50).Factors[0].FirstOrderInterval, SobolAnalysis.Analyze(design, y, 5, 50).Factors[0].FirstOrderInterval);
        var constant = SobolAnalysis.Analyze(design, new double[design.Points.Length], 4, 10);
        Assert.True(double.IsNaN(constant.Factors[0].FirstOrder));
        Assert.True(double.IsNaN(constant.Factors[0].TotalOrderInterval.Low));
        Assert.Throws<ArgumentException>(() => SobolAnalysis.Analyze(design, y[1..], 4));
    }
}
