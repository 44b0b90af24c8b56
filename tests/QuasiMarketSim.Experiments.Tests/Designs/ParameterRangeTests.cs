using QuasiMarketSim.Experiments.Designs;

namespace QuasiMarketSim.Experiments.Tests.Designs;

public class ParameterRangeTests
{
    [Fact]
    public void Scale_maps_0_to_min_1_to_max_and_is_affine_between()
    {
        var r = new ParameterRange("trust.sensitivity", 2, 6);
        Assert.Equal(2, r.Scale(0));
        Assert.Equal(6, r.Scale(1));
        Assert.Equal(3, r.Scale(0.25));
        Assert.Equal(4, r.Width);
    }

    [Fact]
    public void A_reversed_range_scales_downwards()
    {
        var r = new ParameterRange("x", 1, -1);
        Assert.Equal(1, r.Scale(0));
        Assert.Equal(-1, r.Scale(1));
        Assert.Equal(0.5, r.Scale(0.25));
    }

    [Fact]
    public void Unscale_inverts_scale()
    {
        var r = new ParameterRange("x", -3, 5);
        foreach (var u in new[] { 0.0, 0.125, 0.5, 0.9, 1.0 }) Assert.Equal(u, r.Unscale(r.Scale(u)), 15);
    }

    [Fact]
    public void A_point_is_scaled_factor_by_factor()
    {
        ParameterRange[] ranges = [new("a", 0, 10), new("b", 100, 200)];
        Assert.Equal(new[] { 5.0, 125.0 }, ParameterRange.Scale(ranges, [0.5, 0.25]));
        Assert.Throws<ArgumentException>(() => ParameterRange.Scale(ranges, [0.5]));
    }
}
