using QuasiMarketSim.Core.Random;

namespace QuasiMarketSim.Experiments.Designs;

/// <summary>
/// Latin hypercube sampling of the unit cube (McKay, Beckman and Conover 1979, "A comparison of three methods for
/// selecting values of input variables in the analysis of output from a computer code", Technometrics 21, 239-245).
/// </summary>
public static class LatinHypercube
{
    /// <summary>The random stream id of Latin hypercube draws (one counter stream per dimension under the seed).</summary>
    private const ulong Stream = 0x1A71_4C0BE;

    /// <summary>
    /// <paramref name="points"/> points in [0, 1)^<paramref name="dimensions"/>, as <c>result[point][dimension]</c>.
    /// Each dimension is cut into <paramref name="points"/> equal strata [j/n, (j+1)/n); every stratum holds exactly
    /// one point (so <c>floor(x * n)</c> over the points of one dimension is a permutation of 0..n-1). Algorithm: for
    /// each dimension d, a uniformly random permutation pi_d of the strata (Fisher-Yates shuffle) assigns stratum
    /// pi_d(i) to point i, and the point is placed uniformly within its stratum: x = (pi_d(i) + U) / n. Dimensions
    /// are shuffled independently. The result is a pure function of the arguments: dimension d draws from
    /// <see cref="RandomStream"/>(seed, stream, d, 0).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static double[][] Sample(int points, int dimensions, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        var result = new double[points][];
        for (var i = 0; i < points; i++) result[i] = new double[dimensions];
        var strata = new int[points];
        for (var d = 0; d < dimensions; d++)
        {
            var rng = new RandomStream(seed, Stream, (ulong)d, 0);
            for (var i = 0; i < points; i++) strata[i] = i;
            for (var i = points - 1; i > 0; i--)
            {
                var j = rng.NextInt(i + 1);
                (strata[i], strata[j]) = (strata[j], strata[i]);
            }
            for (var i = 0; i < points; i++) result[i][d] = InStratum(strata[i], rng.NextDouble(), points);
        }
        return result;
    }

    /// <summary>
    /// (stratum + u) / n, nudged by at most a few ulps so that floor(x n) is exactly <paramref name="stratum"/> despite
    /// rounding (for example (1/49) * 49 rounds below 1).
    /// </summary>
    internal static double InStratum(int stratum, double u, int n)
    {
        var x = (stratum + u) / n;
        while (Math.Floor(x * n) > stratum) x = Math.BitDecrement(x);
        while (Math.Floor(x * n) < stratum) x = Math.BitIncrement(x);
        return x;
    }
}
