using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Experiments.Designs;

namespace QuasiMarketSim.Experiments.Sensitivity;

/// <summary>
/// The sampling design of variance-based (Sobol) sensitivity indices (Saltelli 2002, "Making best use of model
/// evaluations to compute sensitivity indices", Comput. Phys. Commun. 145, 280-297; Saltelli et al. 2010, "Variance
/// based sensitivity analysis of model output. Design and estimator for the total sensitivity index", Comput. Phys.
/// Commun. 181, 259-270): two independent N x k matrices A and B in the unit cube and, for each factor i, the matrix
/// AB_i equal to A except for column i, which is taken from B. Evaluate the model at every row of <see cref="Points"/>
/// (mapping coordinates with <see cref="ParameterRange.Scale(double)"/>) and pass the outputs, in row order, to
/// <see cref="SobolAnalysis"/>. Cost: N (k + 2) model runs.
/// </summary>
public sealed class SaltelliDesign
{
    /// <summary>The random stream id from which the seeds of the Latin hypercube matrices are derived.</summary>
    private const ulong Stream = 0x5A17_E111;

    private SaltelliDesign(int factors, int baseSamples, ulong seed, SaltelliSampling sampling, double[][] points)
    {
        Factors = factors;
        BaseSamples = baseSamples;
        Seed = seed;
        Sampling = sampling;
        Points = points;
    }

    /// <summary>The number of factors k.</summary>
    public int Factors { get; }

    /// <summary>The number of rows N of each of A and B (the base sample size).</summary>
    public int BaseSamples { get; }

    /// <summary>The seed the design was generated from.</summary>
    public ulong Seed { get; }

    /// <summary>How A and B were drawn.</summary>
    public SaltelliSampling Sampling { get; }

    /// <summary>
    /// The N (k + 2) points in [0, 1)^k, as <c>Points[row][factor]</c>, in blocks of N rows: A (rows 0..N-1), B (rows
    /// N..2N-1), then AB_1 .. AB_k (AB_i, i 0-based, at rows (2 + i) N .. (3 + i) N - 1).
    /// </summary>
    public double[][] Points { get; }

    /// <summary>The row of A's sample <paramref name="j"/> (0-based).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "The row layout is the design's, beside RowOfB and RowOfAB.")]
    public int RowOfA(int j) => j;

    /// <summary>The row of B's sample <paramref name="j"/>.</summary>
    public int RowOfB(int j) => BaseSamples + j;

    /// <summary>The row of sample <paramref name="j"/> of AB_i, <paramref name="factor"/> being i (0-based).</summary>
    public int RowOfAB(int factor, int j) => (2 + factor) * BaseSamples + j;

    /// <summary>
    /// Generates the design for <paramref name="factors"/> factors with <paramref name="baseSamples"/> rows in A and B.
    /// With <see cref="SaltelliSampling.Sobol"/> (the default), A and B are the first and last k columns of
    /// <see cref="SobolSequence.Sample"/>(N, 2k, seed); powers of two for N keep the sequence's balance. With
    /// <see cref="SaltelliSampling.LatinHypercube"/>, A and B are two Latin hypercubes with seeds derived from
    /// <paramref name="seed"/>. The design is a pure function of the arguments.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Fewer than 1 factor, fewer than 2 base samples, more than <see cref="SobolSequence.MaxDimensions"/> / 2 factors
    /// with Sobol sampling, or more than <see cref="Array.MaxLength"/> rows in all.
    /// </exception>
    public static SaltelliDesign Generate(int factors, int baseSamples, ulong seed, SaltelliSampling sampling = SaltelliSampling.Sobol)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(baseSamples, 2);
        if ((long)baseSamples * (factors + 2) > Array.MaxLength)
            throw new ArgumentOutOfRangeException(nameof(baseSamples), baseSamples, "the design would have too many rows");
        double[][] a, b;
        switch (sampling)
        {
            case SaltelliSampling.Sobol:
                if (2 * factors > SobolSequence.MaxDimensions)
                    throw new ArgumentOutOfRangeException(nameof(factors), factors, $"Sobol sampling supports at most {SobolSequence.MaxDimensions / 2} factors; use SaltelliSampling.LatinHypercube");
                var both = SobolSequence.Sample(baseSamples, 2 * factors, seed);
                a = both.Select(p => p[..factors]).ToArray();
                b = both.Select(p => p[factors..]).ToArray();
                break;
            case SaltelliSampling.LatinHypercube:
                a = LatinHypercube.Sample(baseSamples, factors, CounterRng.Bits(CounterRng.Key(seed, Stream, 0, 0), 0));
                b = LatinHypercube.Sample(baseSamples, factors, CounterRng.Bits(CounterRng.Key(seed, Stream, 1, 0), 0));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(sampling), sampling, "unknown sampling");
        }
        var points = new double[baseSamples * (factors + 2)][];
        for (var j = 0; j < baseSamples; j++)
        {
            points[j] = a[j];
            points[baseSamples + j] = b[j];
            for (var i = 0; i < factors; i++)
            {
                var ab = (double[])a[j].Clone();
                ab[i] = b[j][i];
                points[(2 + i) * baseSamples + j] = ab;
            }
        }
        return new SaltelliDesign(factors, baseSamples, seed, sampling, points);
    }
}
