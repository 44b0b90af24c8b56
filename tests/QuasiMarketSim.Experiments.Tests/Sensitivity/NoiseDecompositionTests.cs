using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Experiments.Sensitivity;

namespace QuasiMarketSim.Experiments.Tests.Sensitivity;

public class NoiseDecompositionTests
{
    /// <summary>m points with effects N(0, sigmaA^2), n replicates each with noise N(0, sigmaE^2), around 10.</summary>
    private static double[][] Synthetic(int m, int n, double sigmaA, double sigmaE, ulong seed)
    {
        var data = new double[m][];
        for (var i = 0; i < m; i++)
        {
            var rng = new RandomStream(seed, 1, (ulong)i, 0);
            var effect = sigmaA * rng.NextGaussian();
            data[i] = new double[n];
            for (var r = 0; r < n; r++) data[i][r] = 10 + effect + sigmaE * rng.NextGaussian();
        }
        return data;
    }

    [Fact]
    public void A_small_table_gives_the_hand_computed_anova()
    {
        // Means 2, 6, 3 (grand 11/3); every within-point square sum is 2, so MSW = 6 / 3 = 2; var of means = 13/3.
        var d = NoiseDecomposition.Estimate([[1.0, 3.0], [5.0, 7.0], [2.0, 4.0]]);
        Assert.Equal(3, d.Points);
        Assert.Equal(2, d.Replicates);
        Assert.Equal(11 / 3.0, d.GrandMean, 14);
        Assert.Equal(2, d.NoiseVariance, 14);
        Assert.Equal(13 / 3.0, d.VarianceOfPointMeans, 14);
        Assert.Equal(1, d.NoiseVarianceOfMeans, 14);
        Assert.Equal(10 / 3.0, d.ParameterVariance, 14);
        Assert.Equal(10 / 13.0, d.ParameterShareOfMeans, 14);
        Assert.Equal(3 / 13.0, d.NoiseShareOfMeans, 14);
        Assert.Equal(10 / 16.0, d.ParameterShareOfSingleRuns, 14);
        // F = MSB / MSW = (2 x 13/3) / 2 = 13/3 on (2, 3) df; for d1 = 2, P(F > f) = (1 + 2 f / d2)^(-d2/2).
        Assert.Equal(13 / 3.0, d.FStatistic, 14);
        Assert.Equal(Math.Pow(35 / 9.0, -1.5), d.PValue, 10);
    }

    [Fact]
    public void Known_parameter_and_noise_variances_are_recovered()
    {
        // sigma_a^2 = 4, sigma_e^2 = 1, n = 5: variance of means 4.2, of which 0.2 (4.76%) is noise; ICC 0.8.
        var d = NoiseDecomposition.Estimate(Synthetic(2000, 5, 2, 1, 42));
        Assert.Equal(1, d.NoiseVariance, 0.05);          // se ~ 0.016
        Assert.Equal(4, d.ParameterVariance, 0.4);       // se ~ 0.13
        Assert.Equal(4.2, d.VarianceOfPointMeans, 0.4);
        Assert.Equal(0.2, d.NoiseVarianceOfMeans, 0.01);
        Assert.Equal(4 / 4.2, d.ParameterShareOfMeans, 0.005);
        Assert.Equal(0.8, d.ParameterShareOfSingleRuns, 0.02);
        Assert.Equal(10, d.GrandMean, 0.15);
        Assert.True(d.PValue < 1e-12);
    }

    [Fact]
    public void Noise_dominated_data_are_attributed_to_noise()
    {
        // sigma_a^2 = 0.01, sigma_e^2 = 4, n = 4: the means' variance is 1.01, of which 99% is noise.
        var d = NoiseDecomposition.Estimate(Synthetic(4000, 4, 0.1, 2, 7));
        Assert.Equal(4, d.NoiseVariance, 0.2);
        Assert.InRange(d.ParameterVariance, 0, 0.08);      // se ~ 0.023
        Assert.InRange(d.NoiseShareOfMeans, 0.92, 1);
    }

    [Fact]
    public void Means_that_differ_less_than_noise_allows_give_zero_parameter_variance_not_a_negative_one()
    {
        var d = NoiseDecomposition.Estimate([[0.0, 10.0], [1.0, 9.0]]);
        // Var of means 0, MSW 41: the ANOVA estimate (0 - 20.5) is truncated at 0.
        Assert.Equal(0, d.VarianceOfPointMeans);
        Assert.Equal(0, d.ParameterVariance);
        Assert.Equal(1, d.NoiseShareOfMeans);
        Assert.Equal(1, d.PValue, 12);
    }

    [Fact]
    public void Noise_free_data_are_all_parameter()
    {
        var d = NoiseDecomposition.Estimate([[1.0, 1.0, 1.0], [2.0, 2.0, 2.0], [4.0, 4.0, 4.0]]);
        Assert.Equal(0, d.NoiseVariance);
        Assert.Equal(7 / 3.0, d.ParameterVariance, 14);
        Assert.Equal(1, d.ParameterShareOfMeans);
        Assert.True(double.IsNaN(d.FStatistic));
    }

    [Fact]
    public void Unbalanced_or_too_small_inputs_are_refused()
    {
        Assert.Throws<ArgumentException>(() => NoiseDecomposition.Estimate([[1.0, 2.0], [1.0, 2.0, 3.0]]));
        Assert.Throws<ArgumentException>(() => NoiseDecomposition.Estimate([[1.0, 2.0]]));
        Assert.Throws<ArgumentException>(() => NoiseDecomposition.Estimate([[1.0], [2.0]]));
    }
}
