using System.Runtime.Intrinsics;

namespace QuasiMarketSim.Core.Random;

/// <summary>
/// Counter-based random numbers: every draw is a pure function of (key, counter), so a result never
/// depends on which thread made it or in which order agents were visited.
/// </summary>
/// <remarks>
/// The mixer is the SplitMix64 finaliser (Steele, Lea and Flood 2014, "Fast splittable pseudorandom
/// number generators"), used in counter mode: output = mix(key + counter * golden gamma). Keys are
/// derived by mixing (seed, stream, agent, tick) so that streams never share a counter sequence.
/// </remarks>
public static class CounterRng
{
    /// <summary>The golden-ratio increment of SplitMix64.</summary>
    public const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    /// <summary>The two multipliers of the SplitMix64 finaliser.</summary>
    private const ulong MixMultiplier1 = 0xBF58476D1CE4E5B9UL, MixMultiplier2 = 0x94D049BB133111EBUL;

    /// <summary>The SplitMix64 output function: a bijective avalanche mix of 64 bits.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * MixMultiplier1;
        z = (z ^ (z >> 27)) * MixMultiplier2;
        return z ^ (z >> 31);
    }

    /// <summary>
    /// <see cref="Mix(ulong)"/> on eight lanes at once: lane i of the result is Mix(lane i of <paramref name="z"/>),
    /// bit for bit, so a vectorised agent loop draws exactly the numbers of the scalar one. Fast where the 64-bit lane
    /// multiply is one instruction (AVX-512DQ); correct, through the runtime's software fallback, everywhere.
    /// </summary>
    public static Vector512<ulong> Mix(Vector512<ulong> z)
    {
        z = (z ^ (z >> 30)) * Vector512.Create(MixMultiplier1);
        z = (z ^ (z >> 27)) * Vector512.Create(MixMultiplier2);
        return z ^ (z >> 31);
    }

    /// <summary>
    /// <see cref="Mix(ulong)"/> on the lanes of a <see cref="System.Numerics.Vector{T}"/>, bit for bit, at whatever width the
    /// runtime chose. The 64-bit lane multiply is one instruction with AVX-512DQ; elsewhere the JIT composes it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static System.Numerics.Vector<ulong> Mix(System.Numerics.Vector<ulong> z)
    {
        z = (z ^ (z >> 30)) * new System.Numerics.Vector<ulong>(MixMultiplier1);
        z = (z ^ (z >> 27)) * new System.Numerics.Vector<ulong>(MixMultiplier2);
        return z ^ (z >> 31);
    }

    /// <summary>A key for one stream of one agent at one tick; distinct inputs give unrelated keys.</summary>
    public static ulong Key(ulong seed, ulong stream, ulong agent, ulong tick)
    {
        var k = Mix(seed + GoldenGamma);
        k = Mix(k ^ (stream * 0xD1B54A32D192ED03UL));
        k = Mix(k ^ (agent * 0xABC98388FB8FAC03UL));
        return Mix(k ^ (tick * 0x8CB92BA72F3D8DD7UL));
    }

    /// <summary>The draw number <paramref name="counter"/> of the stream with <paramref name="key"/>.</summary>
    public static ulong Bits(ulong key, ulong counter) => Mix(key + (counter + 1) * GoldenGamma);

    /// <summary>A double uniform on [0, 1) from the top 53 bits.</summary>
    public static double ToUnit(ulong bits) => (bits >> 11) * (1.0 / (1UL << 53));

    /// <summary>A float uniform on [0, 1) from the low 24 bits (used to split one draw into two).</summary>
    public static float LowToUnitFloat(ulong bits) => (uint)(bits & 0xFFFFFF) * (1f / (1 << 24));

    /// <summary>A float uniform on [0, 1) from the high 24 bits.</summary>
    public static float HighToUnitFloat(ulong bits) => (uint)(bits >> 40) * (1f / (1 << 24));
}
