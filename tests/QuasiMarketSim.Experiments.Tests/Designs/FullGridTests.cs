using QuasiMarketSim.Experiments.Designs;

namespace QuasiMarketSim.Experiments.Tests.Designs;

public class FullGridTests
{
    [Fact]
    public void Combinations_come_in_row_major_order_with_the_last_factor_fastest()
    {
        var grid = FullGrid.Enumerate([[1.0, 2.0], [10.0, 20.0, 30.0]]);
        double[][] expected = [[1, 10], [1, 20], [1, 30], [2, 10], [2, 20], [2, 30]];
        Assert.Equal(expected, grid);
    }

    [Fact]
    public void The_count_is_the_product_of_the_value_counts_and_every_combination_appears_once()
    {
        IReadOnlyList<double>[] values = [[0.0, 1.0], [0.0, 1.0, 2.0], [0.0, 1.0, 2.0, 3.0]];
        var grid = FullGrid.Enumerate(values);
        Assert.Equal(24, grid.Length);
        Assert.Equal(24, grid.Select(p => string.Join(',', p)).Distinct().Count());
        // Row c is the mixed-radix number (c / 12, c / 4 mod 3, c mod 4).
        for (var c = 0; c < 24; c++) Assert.Equal(new double[] { c / 12, c / 4 % 3, c % 4 }, grid[c]);
    }

    [Fact]
    public void No_factors_give_one_empty_combination_and_an_empty_factor_gives_none()
    {
        var none = FullGrid.Enumerate([]);
        Assert.Single(none);
        Assert.Empty(none[0]);
        Assert.Empty(FullGrid.Enumerate([[1.0, 2.0], []]));
    }
}
