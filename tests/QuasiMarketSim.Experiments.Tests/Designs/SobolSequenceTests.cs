using QuasiMarketSim.Experiments.Designs;

namespace QuasiMarketSim.Experiments.Tests.Designs;

public class SobolSequenceTests
{
    [Fact]
    public void The_first_points_are_the_textbook_ones()
    {
        // scipy.stats.qmc.Sobol(d=6, scramble=False).random(8)
        double[][] expected =
        [
            [0, 0, 0, 0, 0, 0],
            [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
            [0.75, 0.25, 0.25, 0.25, 0.75, 0.75],
            [0.25, 0.75, 0.75, 0.75, 0.25, 0.25],
            [0.375, 0.375, 0.625, 0.875, 0.375, 0.125],
            [0.875, 0.875, 0.125, 0.375, 0.875, 0.625],
            [0.625, 0.125, 0.875, 0.625, 0.625, 0.875],
            [0.125, 0.625, 0.375, 0.125, 0.125, 0.375],
        ];
        Assert.Equal(expected, SobolSequence.Unscrambled(8, 6));
    }

    [Fact]
    public void Unscrambled_points_match_scipy()
    {
        // (point index, dimension 0-based, value x 2^30) from scipy.stats.qmc.Sobol(d=256, scramble=False) (SciPy 1.10.1).
        (int Index, int Dimension, long Scaled)[] cases =
        [
            (1000, 0, 235929600), (1000, 1, 103809024), (1000, 7, 965738496), (1000, 100, 825229312), (1000, 255, 267386880),
            (12345, 2, 172163072), (12345, 5, 63242240), (12345, 101, 964886528), (12345, 200, 634060800), (12345, 254, 388169728),
            (19999, 3, 1008173056), (19999, 6, 43286528), (19999, 100, 598245376), (19999, 200, 138772480), (19999, 255, 550404096),
        ];
        var points = SobolSequence.Unscrambled(20_000, SobolSequence.MaxDimensions);
        foreach (var (index, dimension, scaled) in cases)
            Assert.True(scaled / (double)(1 << 30) == points[index][dimension], $"point {index}, dimension {dimension}: {points[index][dimension] * (1 << 30)} != {scaled}");
    }

    [Fact]
    public void Every_dimension_of_the_first_2_to_the_m_points_has_one_point_per_interval()
    {
        const int n = 1024;
        foreach (var sample in new[] { SobolSequence.Unscrambled(n, SobolSequence.MaxDimensions), SobolSequence.Sample(n, SobolSequence.MaxDimensions, 5) })
        {
            for (var d = 0; d < SobolSequence.MaxDimensions; d++)
            {
                var cells = sample.Select(p => (int)(p[d] * n)).Distinct().Count();
                Assert.True(cells == n, $"dimension {d}: {cells} of {n} intervals hit");
            }
        }
    }

    [Fact]
    public void The_first_two_dimensions_form_a_0_m_2_net()
    {
        // Every elementary box of area 2^-m, [i/2^a, (i+1)/2^a) x [j/2^b, (j+1)/2^b) with a + b = m, holds one point.
        const int m = 8, n = 1 << m;
        var sample = SobolSequence.Sample(n, 2, 99);
        for (var a = 0; a <= m; a++)
        {
            var b = m - a;
            var boxes = sample.Select(p => ((int)(p[0] * (1 << a)), (int)(p[1] * (1 << b)))).Distinct().Count();
            Assert.Equal(n, boxes);
        }
    }

    [Fact]
    public void Sample_is_a_digital_shift_of_the_unscrambled_sequence()
    {
        const int n = 512, dims = 10;
        var raw = SobolSequence.Unscrambled(n, dims);
        var shifted = SobolSequence.Sample(n, dims, 42);
        for (var d = 0; d < dims; d++)
        {
            var shift = ToBits(raw[0][d]) ^ ToBits(shifted[0][d]);
            for (var i = 0; i < n; i++) Assert.Equal(shift, ToBits(raw[i][d]) ^ ToBits(shifted[i][d]));
        }
        static uint ToBits(double x) => (uint)Math.Floor(x * 4294967296.0);
    }

    [Fact]
    public void Sample_is_deterministic_per_seed_and_varies_with_it()
    {
        var a = SobolSequence.Sample(64, 5, 1);
        Assert.Equal(a, SobolSequence.Sample(64, 5, 1));
        var b = SobolSequence.Sample(64, 5, 2);
        for (var d = 0; d < 5; d++) Assert.NotEqual(a[0][d], b[0][d]);
        Assert.All(a, p => Assert.All(p, x => Assert.InRange(x, 0, Math.BitDecrement(1.0))));
    }

    [Fact]
    public void Over_seeds_each_randomised_point_is_uniform_on_the_unit_interval()
    {
        // Point 0 of the unscrambled sequence is the origin; after the random shift it is uniform: mean 1/2 (sd 0.009).
        var firsts = Enumerable.Range(0, 1000).Select(seed => SobolSequence.Sample(1, 3, (ulong)seed)[0]).ToArray();
        for (var d = 0; d < 3; d++)
        {
            Assert.Equal(0.5, firsts.Average(p => p[d]), 0.03);
            Assert.Equal(1 / 12.0, MathNet.Numerics.Statistics.Statistics.Variance(firsts.Select(p => p[d])), 0.01);
        }
    }

    [Fact]
    public void Integrates_a_smooth_product_far_better_than_random_sampling_would()
    {
        // E[prod_{i<5} 2 x_i] = 1; plain Monte Carlo with 2^14 points has standard error ~0.014
        // (so would pass this 0.001 tolerance about 6% of the time); the shifted Sobol points err by ~2e-4.
        var sample = SobolSequence.Sample(1 << 14, 5, 3);
        var mean = sample.Average(p => p.Aggregate(1.0, (acc, x) => acc * 2 * x));
        Assert.Equal(1, mean, 0.001);
    }

    [Fact]
    public void More_dimensions_than_the_table_holds_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SobolSequence.Unscrambled(4, SobolSequence.MaxDimensions + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SobolSequence.Sample(-1, 2, 0));
    }
}
