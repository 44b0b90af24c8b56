using QuasiMarketSim.Core.Random;

namespace QuasiMarketSim.Core.Tests.Random;

public class RandomStreamTests
{
    [Fact]
    public void Draw_n_is_bits_of_the_key_at_counter_n()
    {
        var s = new RandomStream(11, 22, 33, 44);
        var key = CounterRng.Key(11, 22, 33, 44);
        for (ulong n = 0; n < 50; n++) Assert.Equal(CounterRng.Bits(key, n), s.NextBits());
    }

    [Fact]
    public void Same_key_gives_the_same_sequence()
    {
        var a = new RandomStream(1, 2, 3, 4);
        var b = new RandomStream(1, 2, 3, 4);
        for (var i = 0; i < 100; i++) Assert.Equal(a.NextDouble(), b.NextDouble());
    }

    [Fact]
    public void A_copy_replays_the_same_draws_because_the_stream_is_a_value()
    {
        var a = new RandomStream(9, 9, 9, 9);
        a.NextBits();
        var copy = a;
        Assert.Equal(a.NextBits(), copy.NextBits());
        Assert.Equal(a.NextGaussian(), copy.NextGaussian());
    }

    [Theory]
    [InlineData(2UL, 2UL, 3UL, 4UL)]
    [InlineData(1UL, 3UL, 3UL, 4UL)]
    [InlineData(1UL, 2UL, 4UL, 4UL)]
    [InlineData(1UL, 2UL, 3UL, 5UL)]
    public void A_different_seed_stream_agent_or_tick_gives_a_different_sequence(ulong seed, ulong stream, ulong agent, ulong tick)
    {
        var reference = new RandomStream(1, 2, 3, 4);
        var other = new RandomStream(seed, stream, agent, tick);
        var same = 0;
        for (var i = 0; i < 100; i++) if (reference.NextBits() == other.NextBits()) same++;
        Assert.Equal(0, same);
    }

    [Fact]
    public void Next_double_mean_and_variance_over_1e_5_draws()
    {
        const int n = 100_000;
        var s = new RandomStream(123, 4, 5, 6);
        double sum = 0, sumSq = 0;
        for (var i = 0; i < n; i++)
        {
            var u = s.NextDouble();
            Assert.True(u >= 0.0 && u < 1.0, $"draw {i} = {u}");
            sum += u;
            sumSq += u * u;
        }
        var mean = sum / n;
        Assert.InRange(mean, 0.496, 0.504);
        Assert.InRange(sumSq / n - mean * mean, 1.0 / 12 - 0.001, 1.0 / 12 + 0.001);
    }

    [Fact]
    public void Next_gaussian_has_mean_zero_and_sd_one()
    {
        const int n = 100_000;
        var s = new RandomStream(7, 1, 0, 0);
        double sum = 0, sumSq = 0, sumCube = 0;
        var beyond2 = 0;
        for (var i = 0; i < n; i++)
        {
            var z = s.NextGaussian();
            Assert.True(double.IsFinite(z));
            sum += z;
            sumSq += z * z;
            sumCube += z * z * z;
            if (Math.Abs(z) > 1.959964) beyond2++;
        }
        var mean = sum / n;
        var sd = Math.Sqrt(sumSq / n - mean * mean);
        // Standard errors: mean 0.0032, sd 0.0022, skewness 0.008, tail share 0.0007.
        Assert.InRange(mean, -0.015, 0.015);
        Assert.InRange(sd, 0.99, 1.01);
        Assert.InRange(sumCube / n, -0.05, 0.05);
        Assert.InRange(beyond2 / (double)n, 0.05 - 0.004, 0.05 + 0.004);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(12)]
    [InlineData(1000)]
    [InlineData(int.MaxValue)]
    public void Next_int_is_in_range(int bound)
    {
        var s = new RandomStream(3, 1, 4, 1);
        for (var i = 0; i < 20_000; i++) Assert.InRange(s.NextInt(bound), 0, bound - 1);
    }

    [Fact]
    public void Next_int_hits_every_value_about_equally_often()
    {
        const int n = 100_000, bound = 10;
        var s = new RandomStream(8, 8, 8, 8);
        var counts = new int[bound];
        for (var i = 0; i < n; i++) counts[s.NextInt(bound)]++;
        // Expected 10,000 each, sd about 95.
        foreach (var c in counts) Assert.InRange(c, 9_500, 10_500);
    }

    [Fact]
    public void Next_uniform_is_within_its_bounds_with_the_right_mean()
    {
        var s = new RandomStream(5, 6, 7, 8);
        double sum = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var x = s.NextUniform(-3, 5);
            Assert.InRange(x, -3.0, 5.0);
            Assert.True(x < 5.0);
            sum += x;
        }
        Assert.InRange(sum / 50_000, 0.95, 1.05);
    }

    [Fact]
    public void Next_bernoulli_is_never_true_at_zero_always_at_one_and_about_p_otherwise()
    {
        var s = new RandomStream(1, 1, 1, 1);
        var hits = 0;
        for (var i = 0; i < 10_000; i++)
        {
            Assert.False(s.NextBernoulli(0));
            Assert.True(s.NextBernoulli(1));
            if (s.NextBernoulli(0.3)) hits++;
        }
        // sd of the count is 46.
        Assert.InRange(hits, 2_800, 3_200);
    }
}
