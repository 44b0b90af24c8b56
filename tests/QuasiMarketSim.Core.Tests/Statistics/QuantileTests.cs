using QuasiMarketSim.Core.Statistics;

namespace QuasiMarketSim.Core.Tests.Statistics;

public class QuantileTests
{
    [Theory]
    // Reference values from R quantile(type = 7) / numpy.quantile (linear).
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.5, 2.5)]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.25, 1.75)]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.75, 3.25)]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.0, 1.0)]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 1.0, 4.0)]
    [InlineData(new[] { 10.0, 20, 30, 40, 50 }, 0.1, 14.0)]
    [InlineData(new[] { 50.0, 10, 40, 20, 30 }, 0.9, 46.0)]
    [InlineData(new[] { 3.0, 1, 2 }, 0.5, 2.0)]
    [InlineData(new[] { 7.0 }, 0.3, 7.0)]
    [InlineData(new[] { 2.0, 2, 2 }, 0.6, 2.0)]
    [InlineData(new[] { 0.0, 1, 1, 1, 10 }, 0.95, 8.2)]
    public void Type7_known_values(double[] values, double q, double expected)
    {
        Assert.Equal(expected, Quantile.OfInPlace(values, q), 12);
    }

    [Fact]
    public void Empty_is_na_n()
    {
        Assert.True(double.IsNaN(Quantile.OfInPlace([], 0.5)));
    }

    [Fact]
    public void Sorts_the_buffer_in_place()
    {
        double[] values = [5, 3, 9, 1];
        Quantile.OfInPlace(values, 0.5);
        Assert.Equal([1.0, 3, 5, 9], values);
    }

    [Fact]
    public void Q_outside_zero_one_is_clamped_to_the_extremes()
    {
        Assert.Equal(1.0, Quantile.OfInPlace([4.0, 1, 3], -0.5));
        Assert.Equal(4.0, Quantile.OfInPlace([4.0, 1, 3], 1.5));
    }
}
