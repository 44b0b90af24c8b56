using QuasiMarketSim.Experiments.Designs;
using QuasiMarketSim.Experiments.Sensitivity;

namespace QuasiMarketSim.Experiments.Tests.Sensitivity;

public class SaltelliDesignTests
{
    [Theory]
    [InlineData(SaltelliSampling.Sobol)]
    [InlineData(SaltelliSampling.LatinHypercube)]
    public void Rows_are_a_then_b_then_each_AB_i_which_is_a_with_column_i_from_b(SaltelliSampling sampling)
    {
        const int k = 4, n = 64;
        var design = SaltelliDesign.Generate(k, n, 21, sampling);
        Assert.Equal(n * (k + 2), design.Points.Length);
        Assert.Equal(sampling, design.Sampling);
        for (var j = 0; j < n; j++)
        {
            var a = design.Points[design.RowOfA(j)];
            var b = design.Points[design.RowOfB(j)];
            Assert.Equal(j, design.RowOfA(j));
            Assert.Equal(n + j, design.RowOfB(j));
            for (var i = 0; i < k; i++)
            {
                Assert.Equal((2 + i) * n + j, design.RowOfAB(i, j));
                var ab = design.Points[design.RowOfAB(i, j)];
                for (var c = 0; c < k; c++) Assert.Equal(c == i ? b[c] : a[c], ab[c]);
                Assert.NotEqual(a[i], b[i]);
            }
        }
    }

    [Fact]
    public void Sobol_sampling_splits_one_2k_dimensional_sequence_into_a_and_b()
    {
        const int k = 3, n = 32;
        var design = SaltelliDesign.Generate(k, n, 8);
        var sequence = SobolSequence.Sample(n, 2 * k, 8);
        for (var j = 0; j < n; j++)
        {
            Assert.Equal(sequence[j][..k], design.Points[design.RowOfA(j)]);
            Assert.Equal(sequence[j][k..], design.Points[design.RowOfB(j)]);
        }
    }

    [Fact]
    public void Latin_hypercube_sampling_gives_two_different_latin_hypercubes()
    {
        const int k = 3, n = 50;
        var design = SaltelliDesign.Generate(k, n, 8, SaltelliSampling.LatinHypercube);
        foreach (var offset in new[] { 0, n })
            for (var d = 0; d < k; d++)
                Assert.Equal(n, Enumerable.Range(0, n).Select(j => (int)(design.Points[offset + j][d] * n)).Distinct().Count());
        Assert.NotEqual(design.Points[0], design.Points[n]);
    }

    [Fact]
    public void The_design_is_a_function_of_the_seed()
    {
        Assert.Equal(SaltelliDesign.Generate(2, 16, 1).Points, SaltelliDesign.Generate(2, 16, 1).Points);
        Assert.NotEqual(SaltelliDesign.Generate(2, 16, 1).Points, SaltelliDesign.Generate(2, 16, 2).Points);
    }

    [Fact]
    public void Sobol_sampling_is_limited_to_half_the_table_and_latin_hypercubes_are_not()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SaltelliDesign.Generate(SobolSequence.MaxDimensions / 2 + 1, 4, 0));
        Assert.Equal(4 * 202, SaltelliDesign.Generate(200, 4, 0, SaltelliSampling.LatinHypercube).Points.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => SaltelliDesign.Generate(2, 1, 0));
    }
}
