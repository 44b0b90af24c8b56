using System.Runtime.Intrinsics;
using FsCheck.Xunit;
using QuasiMarketSim.Core.Random;

namespace QuasiMarketSim.Core.Tests.Random;

public class CounterRngTests
{
    [Fact]
    public void Bits_with_key_zero_is_the_reference_split_mix_64_sequence_for_seed_zero()
    {
        // SplitMix64 (Steele, Lea and Flood 2014) seeded with 0 yields these first three outputs; in counter
        // mode with key 0, draw n is mix((n + 1) * gamma), which is the same sequence.
        Assert.Equal(0xE220A8397B1DCDAFUL, CounterRng.Bits(0, 0));
        Assert.Equal(0x6E789E6AA1B965F4UL, CounterRng.Bits(0, 1));
        Assert.Equal(0x06C45D188009454FUL, CounterRng.Bits(0, 2));
    }

    [Fact]
    public void Mix_of_zero_is_zero_and_mix_is_not_the_identity()
    {
        Assert.Equal(0UL, CounterRng.Mix(0));
        Assert.NotEqual(1UL, CounterRng.Mix(1));
    }

    [Property(MaxTest = 200)]
    public bool The_vector_mix_is_the_scalar_mix_in_every_lane(ulong a, ulong b, ulong c, ulong d)
    {
        ulong[] z = [a, b, c, d, a ^ b, ulong.MaxValue, 0, 1UL << 63];
        var mixed = CounterRng.Mix(Vector512.Create(z));
        return Enumerable.Range(0, 8).All(i => mixed[i] == CounterRng.Mix(z[i]));
    }

    [Fact]
    public void Same_key_and_counter_give_the_same_bits()
    {
        var k1 = CounterRng.Key(42, 3, 17, 99);
        var k2 = CounterRng.Key(42, 3, 17, 99);
        Assert.Equal(k1, k2);
        for (ulong n = 0; n < 100; n++) Assert.Equal(CounterRng.Bits(k1, n), CounterRng.Bits(k2, n));
    }

    [Fact]
    public void Keys_differ_when_any_of_seed_stream_agent_or_tick_differs()
    {
        var keys = new HashSet<ulong>();
        for (ulong seed = 0; seed < 4; seed++)
        for (ulong stream = 0; stream < 4; stream++)
        for (ulong agent = 0; agent < 8; agent++)
        for (ulong tick = 0; tick < 8; tick++)
        {
            Assert.True(keys.Add(CounterRng.Key(seed, stream, agent, tick)), $"duplicate key at ({seed},{stream},{agent},{tick})");
        }
        Assert.Equal(4 * 4 * 8 * 8, keys.Count);
    }

    [Fact]
    public void Swapping_components_gives_a_different_key()
    {
        // Each component is mixed with its own multiplier, so (agent, tick) = (1, 2) is not (2, 1).
        Assert.NotEqual(CounterRng.Key(7, 1, 1, 2), CounterRng.Key(7, 1, 2, 1));
        Assert.NotEqual(CounterRng.Key(7, 1, 2, 3), CounterRng.Key(7, 2, 1, 3));
        Assert.NotEqual(CounterRng.Key(1, 2, 3, 4), CounterRng.Key(2, 1, 3, 4));
    }

    [Fact]
    public void Successive_counters_give_different_bits()
    {
        var key = CounterRng.Key(1, 2, 3, 4);
        var seen = new HashSet<ulong>();
        for (ulong n = 0; n < 10_000; n++) Assert.True(seen.Add(CounterRng.Bits(key, n)));
    }

    [Fact]
    public void To_unit_maps_the_extremes_to_zero_and_just_below_one()
    {
        Assert.Equal(0.0, CounterRng.ToUnit(0));
        Assert.Equal(1.0 - Math.Pow(2, -53), CounterRng.ToUnit(ulong.MaxValue));
        Assert.Equal(0.5, CounterRng.ToUnit(1UL << 63));
    }

    [Property(MaxTest = 1000)]
    public bool To_unit_is_in_the_half_open_unit_interval(ulong bits)
    {
        var u = CounterRng.ToUnit(bits);
        return u >= 0.0 && u < 1.0;
    }

    [Property(MaxTest = 1000)]
    public bool Float_halves_are_in_the_half_open_unit_interval(ulong bits)
    {
        var lo = CounterRng.LowToUnitFloat(bits);
        var hi = CounterRng.HighToUnitFloat(bits);
        return lo >= 0f && lo < 1f && hi >= 0f && hi < 1f;
    }

    [Fact]
    public void Float_halves_read_the_low_and_high_24_bits()
    {
        Assert.Equal(1f - 1f / (1 << 24), CounterRng.LowToUnitFloat(0xFFFFFFUL));
        Assert.Equal(0f, CounterRng.HighToUnitFloat(0xFFFFFFUL));
        Assert.Equal(1f - 1f / (1 << 24), CounterRng.HighToUnitFloat(0xFFFFFFUL << 40));
        Assert.Equal(0f, CounterRng.LowToUnitFloat(0xFFFFFFUL << 40));
        Assert.Equal(0.5f, CounterRng.LowToUnitFloat(1UL << 23));
    }

    [Fact]
    public void Uniform_mean_and_variance_over_1e5_draws_are_close_to_theory()
    {
        // Fixed key, so this is a deterministic check of the generator, not a flaky statistical test.
        const int n = 100_000;
        var key = CounterRng.Key(2024, 1, 0, 0);
        double sum = 0, sumSq = 0;
        for (var i = 0; i < n; i++)
        {
            var u = CounterRng.ToUnit(CounterRng.Bits(key, (ulong)i));
            sum += u;
            sumSq += u * u;
        }
        var mean = sum / n;
        var variance = sumSq / n - mean * mean;
        // Standard error of the mean is 0.289 / sqrt(1e5) = 0.0009; of the variance about 0.0002.
        Assert.InRange(mean, 0.5 - 0.004, 0.5 + 0.004);
        Assert.InRange(variance, 1.0 / 12 - 0.001, 1.0 / 12 + 0.001);
    }

    [Fact]
    public void Every_bit_is_set_about_half_the_time()
    {
        const int n = 20_000;
        var key = CounterRng.Key(5, 5, 5, 5);
        var counts = new int[64];
        for (var i = 0; i < n; i++)
        {
            var bits = CounterRng.Bits(key, (ulong)i);
            for (var b = 0; b < 64; b++) counts[b] += (int)((bits >> b) & 1);
        }
        // sd of a count is sqrt(n/4) = 71; allow about 7 sd.
        foreach (var c in counts) Assert.InRange(c, n / 2 - 500, n / 2 + 500);
    }
}
