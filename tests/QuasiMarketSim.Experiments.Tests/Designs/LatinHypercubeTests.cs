using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuasiMarketSim.Experiments.Designs;

namespace QuasiMarketSim.Experiments.Tests.Designs;

public class LatinHypercubeTests
{
    private static Gen<ulong> Seeds => from hi in Gen.Choose(0, int.MaxValue) from lo in Gen.Choose(0, int.MaxValue) select ((ulong)hi << 33) ^ (ulong)lo;

    [Property(MaxTest = 200)]
    public Property Every_dimension_has_exactly_one_point_per_stratum() =>
        Prop.ForAll(
            (from n in Gen.Choose(1, 300) from d in Gen.Choose(1, 8) from seed in Seeds select (n, d, seed)).ToArbitrary(),
            x =>
            {
                var sample = LatinHypercube.Sample(x.n, x.d, x.seed);
                if (sample.Length != x.n || sample.Any(p => p.Length != x.d)) return false;
                for (var d = 0; d < x.d; d++)
                {
                    var seen = new bool[x.n];
                    foreach (var p in sample)
                    {
                        if (!(p[d] >= 0 && p[d] < 1)) return false;
                        var stratum = (int)Math.Floor(p[d] * x.n);
                        if (seen[stratum]) return false;
                        seen[stratum] = true;
                    }
                }
                return true;
            });

    [Fact]
    public void The_same_seed_gives_the_same_sample_and_another_seed_a_different_one()
    {
        var a = LatinHypercube.Sample(50, 4, 7);
        var b = LatinHypercube.Sample(50, 4, 7);
        var c = LatinHypercube.Sample(50, 4, 8);
        Assert.Equal(a, b);
        for (var d = 0; d < 4; d++) Assert.NotEqual(a.Select(p => p[d]), c.Select(p => p[d]));
    }

    [Fact]
    public void Dimensions_are_permuted_independently()
    {
        const int n = 10_000;
        var s = LatinHypercube.Sample(n, 3, 11);
        // Same permutation in every dimension would give correlation 1; independent ones give |r| ~ 1/sqrt(n) = 0.01.
        Assert.InRange(MathNet.Numerics.Statistics.Correlation.Pearson(s.Select(p => p[0]), s.Select(p => p[1])), -0.04, 0.04);
        Assert.InRange(MathNet.Numerics.Statistics.Correlation.Pearson(s.Select(p => p[1]), s.Select(p => p[2])), -0.04, 0.04);
    }

    [Fact]
    public void Points_are_uniform_within_their_stratum()
    {
        const int n = 10_000;
        var s = LatinHypercube.Sample(n, 1, 3);
        var offsets = s.Select(p => p[0] * n - Math.Floor(p[0] * n)).ToArray();
        // Offsets uniform on [0, 1): mean 1/2 (sd 0.0029), variance 1/12; a fixed midpoint would give variance 0.
        Assert.InRange(offsets.Average(), 0.49, 0.51);
        Assert.InRange(MathNet.Numerics.Statistics.Statistics.Variance(offsets), 1 / 12.0 - 0.003, 1 / 12.0 + 0.003);
    }

    [Fact]
    public void In_stratum_keeps_the_stratum_despite_rounding()
    {
        // (1/49) * 49 rounds to 0.9999999999999999 in binary floating point.
        var x = LatinHypercube.InStratum(1, 0, 49);
        Assert.Equal(1, Math.Floor(x * 49));
        var y = LatinHypercube.InStratum(48, Math.BitDecrement(1.0), 49);
        Assert.Equal(48, Math.Floor(y * 49));
        Assert.True(y < 1);
    }

    [Fact]
    public void Empty_requests_give_empty_samples_and_negative_ones_throw()
    {
        Assert.Empty(LatinHypercube.Sample(0, 3, 1));
        Assert.All(LatinHypercube.Sample(4, 0, 1), p => Assert.Empty(p));
        Assert.Throws<ArgumentOutOfRangeException>(() => LatinHypercube.Sample(-1, 3, 1));
    }
}
