namespace QuasiMarketSim.Core.Random;

/// <summary>
/// A short sequential stream of draws for one agent in one tick (or one decision), keyed by
/// (seed, stream, agent, tick). Being a value type with its own counter, it is safe to create on any
/// thread and always yields the same numbers for the same key.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is a stream of random numbers, not a System.IO stream.")]
public struct RandomStream
{
    private readonly ulong _key;
    private ulong _counter;

    /// <summary>Opens the stream for <paramref name="agent"/> at <paramref name="tick"/> in <paramref name="stream"/>.</summary>
    public RandomStream(ulong seed, ulong stream, ulong agent, ulong tick)
    {
        _key = CounterRng.Key(seed, stream, agent, tick);
        _counter = 0;
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits() => CounterRng.Bits(_key, _counter++);

    /// <summary>The next double uniform on [0, 1).</summary>
    public double NextDouble() => CounterRng.ToUnit(NextBits());

    /// <summary>A double uniform on [lo, hi).</summary>
    public double NextUniform(double lo, double hi) => lo + (hi - lo) * NextDouble();

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool NextBernoulli(double p) => NextDouble() < p;

    /// <summary>An integer uniform on [0, n) (Lemire's multiply-shift; bias below 2^-32 for the n used here).</summary>
    public int NextInt(int n) => (int)(((NextBits() >> 32) * (ulong)n) >> 32);

    /// <summary>A standard normal draw by the Box-Muller transform (uses two uniforms).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
