using QuasiMarketSim.Core.Random;

namespace QuasiMarketSim.Experiments.Designs;

/// <summary>
/// The Sobol low-discrepancy sequence in base 2 (I. M. Sobol 1967, "On the distribution of points in a cube and the
/// approximate evaluation of integrals", USSR Comput. Math. Math. Phys. 7, 86-112), with Joe and Kuo's direction
/// numbers (new-joe-kuo-6.21201, see <see cref="SobolDirectionNumbers"/>), generated in Gray-code order (Antonov and
/// Saleev 1979; Bratley and Fox 1988, ACM TOMS algorithm 659). The unscrambled points equal those of SciPy's
/// <c>scipy.stats.qmc.Sobol(d, scramble=False)</c>.
/// </summary>
/// <remarks>
/// The first 2^m points of every one-dimensional projection hold exactly one point in each interval
/// [j/2^m, (j+1)/2^m); the first two dimensions together form a (0, m, 2)-net. Sample sizes that are powers of two
/// keep these balance properties; other sizes are allowed but less even.
/// </remarks>
public static class SobolSequence
{
    /// <summary>The most dimensions supported: the size of the embedded direction-number table.</summary>
    public const int MaxDimensions = 256;

    /// <summary>Bits of precision of the integer coordinates (points are multiples of 2^-32 before randomisation).</summary>
    private const int Bits = 32;

    /// <summary>The random stream id of the digital shift and within-cell jitter (one counter stream per dimension).</summary>
    private const ulong Stream = 0x50B0_1D5;

    /// <summary>Direction integers v[d][j] = m_(j+1) 2^(32-(j+1)), for j = 0..31, computed once.</summary>
    private static readonly uint[][] Directions = BuildDirections();

    /// <summary>
    /// The first <paramref name="points"/> points of the unscrambled sequence in <paramref name="dimensions"/>
    /// dimensions, as <c>result[point][dimension]</c> in [0, 1). Point n is the XOR of the direction numbers selected
    /// by the bits of its Gray code n ^ (n &gt;&gt; 1), divided by 2^32; point 0 is the origin.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the dimensions exceed <see cref="MaxDimensions"/>.</exception>
    public static double[][] Unscrambled(int points, int dimensions) => Generate(points, dimensions, seed: null);

    /// <summary>
    /// The first <paramref name="points"/> points in <paramref name="dimensions"/> dimensions, randomised by a random
    /// digital shift (each dimension's 32-bit integer coordinates are XORed with one random 32-bit word; Owen 2003,
    /// "Variance with alternative scramblings of digital nets", ACM TOMACS 13) and then placed uniformly within their
    /// 2^-32 cell (21 further random low bits), so every coordinate is uniform on [0, 1) while the stratification of the
    /// net is kept exactly. The result is a pure function of the arguments: dimension d draws from
    /// <see cref="RandomStream"/>(seed, stream, d, 0).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the dimensions exceed <see cref="MaxDimensions"/>.</exception>
    public static double[][] Sample(int points, int dimensions, ulong seed) => Generate(points, dimensions, seed);

    private static double[][] Generate(int points, int dimensions, ulong? seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        var result = new double[points][];
        for (var i = 0; i < points; i++) result[i] = new double[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            var v = Directions[d];
            var rng = new RandomStream(seed ?? 0, Stream, (ulong)d, 0);
            var shift = seed is null ? 0u : (uint)(rng.NextBits() >> 32);
            for (var n = 0; n < points; n++)
            {
                var gray = (uint)(n ^ (n >> 1));
                var x = 0u;
                for (var j = 0; gray != 0; j++, gray >>= 1)
                    if ((gray & 1) != 0) x ^= v[j];
                if (seed is null)
                {
                    result[n][d] = x * (1.0 / (1UL << Bits));
                }
                else
                {
                    // 32 shifted bits followed by 21 random bits: a uniform 53-bit fraction inside the point's cell.
                    var bits53 = ((ulong)(x ^ shift) << 21) | (rng.NextBits() >> 43);
                    result[n][d] = bits53 * (1.0 / (1UL << 53));
                }
            }
        }
        return result;
    }

    /// <summary>
    /// Direction integers by the recurrence of Bratley and Fox (1988): for a primitive polynomial of degree s with
    /// coefficients a_1..a_(s-1), v_k = v_(k-s) ^ (v_(k-s) &gt;&gt; s) ^ XOR_(j=1..s-1) a_j v_(k-j) for k &gt; s, starting from
    /// v_k = m_k 2^(32-k). Dimension 1 has every m_k = 1 (the van der Corput sequence).
    /// </summary>
    private static uint[][] BuildDirections()
    {
        var table = new uint[MaxDimensions][];
        table[0] = new uint[Bits];
        for (var k = 1; k <= Bits; k++) table[0][k - 1] = 1u << (Bits - k);
        for (var d = 1; d < MaxDimensions; d++)
        {
            var row = SobolDirectionNumbers.Rows[d - 1];
            var poly = row[0];
            var s = 31 - System.Numerics.BitOperations.LeadingZeroCount(poly);
            var v = new uint[Bits];
            for (var k = 1; k <= s; k++) v[k - 1] = row[k] << (Bits - k);
            for (var k = s + 1; k <= Bits; k++)
            {
                var vk = v[k - s - 1] ^ (v[k - s - 1] >> s);
                for (var j = 1; j < s; j++)
                    if (((poly >> (s - j)) & 1) != 0) vk ^= v[k - j - 1];
                v[k - 1] = vk;
            }
            table[d] = v;
        }
        return table;
    }
}
