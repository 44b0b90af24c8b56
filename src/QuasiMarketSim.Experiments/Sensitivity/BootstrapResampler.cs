using QuasiMarketSim.Core.Random;

namespace QuasiMarketSim.Experiments.Sensitivity;

/// <summary>
/// Indices for the nonparametric bootstrap (Efron 1979): replicate b draws <c>count</c> indices uniformly with
/// replacement from 0..count-1, from <see cref="RandomStream"/>(seed, stream, b, 0), so each replicate is a pure
/// function of (seed, stream, b) and replicates can be computed in any order.
/// </summary>
internal static class BootstrapResampler
{
    /// <summary>Fills <paramref name="indices"/> with the resample of replicate <paramref name="replicate"/>.</summary>
    public static void Fill(Span<int> indices, ulong seed, ulong stream, int replicate)
    {
        var rng = new RandomStream(seed, stream, (ulong)replicate, 0);
        for (var i = 0; i < indices.Length; i++) indices[i] = rng.NextInt(indices.Length);
    }
}
