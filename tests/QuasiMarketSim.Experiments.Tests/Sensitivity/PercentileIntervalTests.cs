using QuasiMarketSim.Experiments.Sensitivity;

namespace QuasiMarketSim.Experiments.Tests.Sensitivity;

public class PercentileIntervalTests
{
    [Fact]
    public void Bounds_are_type_7_quantiles_of_the_replicates()
    {
        // 1..101: the 5% quantile is at position 0.05 x 100 = 5 (value 6), the 95% at 95 (value 96).
        var values = Enumerable.Range(1, 101).Select(i => (double)i).Reverse();
        var ninety = PercentileInterval.Of(values, 0.9);
        Assert.Equal(6, ninety.Low, 12);
        Assert.Equal(96, ninety.High, 12);
        Assert.Equal(0.9, ninety.Level);
        // 1..10 at 95%: positions 0.225 and 8.775 interpolate to 1.225 and 9.775.
        var ten = PercentileInterval.Of(Enumerable.Range(1, 10).Select(i => (double)i));
        Assert.Equal(1.225, ten.Low, 12);
        Assert.Equal(9.775, ten.High, 12);
        Assert.True(ten.Contains(5) && !ten.Contains(1) && !ten.Contains(10));
        Assert.Equal(8.55, ten.Width, 12);
    }

    [Fact]
    public void Na_n_replicates_are_left_out()
    {
        Assert.Equal(new PercentileInterval(2, 2, 0.95), PercentileInterval.Of([double.NaN, 2.0, double.NaN]));
        var none = PercentileInterval.Of([double.NaN]);
        Assert.True(double.IsNaN(none.Low) && double.IsNaN(none.High));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Levels_outside_0_1_are_refused(double level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PercentileInterval.Of([1.0, 2.0], level));
}
