namespace QuasiMarketSim.Experiments.Sensitivity;

/// <summary>
/// First-order and total-order Sobol sensitivity indices from the outputs of a <see cref="SaltelliDesign"/>, with
/// bootstrap percentile intervals.
/// </summary>
public static class SobolAnalysis
{
    /// <summary>The bootstrap replicates used when none are given.</summary>
    public const int DefaultBootstrap = 500;

    /// <summary>The random stream id of the bootstrap resamples.</summary>
    private const ulong BootstrapStream = 0x50B0_1B00;

    /// <summary>
    /// Estimates S_i and S_Ti for every factor. With f_A, f_B and f_ABi the outputs at matching rows of A, B and
    /// AB_i, outputs centred on the mean m of f_A and f_B together, and V their variance (divisor 2N):
    /// <list type="bullet">
    /// <item>S_i = mean_j f_B(j) (f_ABi(j) - f_A(j)) / V (the first-order estimator recommended by Saltelli et al. 2010, their table 2);</item>
    /// <item>S_Ti = mean_j (f_A(j) - f_ABi(j))^2 / 2 / V (Jansen 1999, "Analysis of variance designs for model output",
    /// Comput. Phys. Commun. 117, 35-43; also recommended by Saltelli et al. 2010).</item>
    /// </list>
    /// Centring (as SALib does) leaves both estimators' expectations unchanged and lowers the first-order one's
    /// variance. Intervals: the whole computation is repeated on <paramref name="bootstrap"/> resamples of the N
    /// sample indices j with replacement (the same j for A, B and every AB_i, keeping rows paired; replicate b from
    /// (<paramref name="seed"/>, b)), and the percentile interval taken. With a Sobol-sequence design the bootstrap
    /// treats the quasi-random rows as independent, so the intervals are conservative (wider than the true error).
    /// For a stochastic model whose runs carry independent noise of variance V_e, the estimates target
    /// S_i (1 - V_e/V) and S_Ti (1 - V_e/V) + V_e/V: report them next to <see cref="NoiseDecomposition"/>.
    /// The indices are NaN when the outputs do not vary.
    /// </summary>
    /// <param name="design">The design the outputs were computed on.</param>
    /// <param name="outputs">The model output at each row of <see cref="SaltelliDesign.Points"/>, in row order.</param>
    /// <param name="seed">Seed of the bootstrap resamples; the result is a pure function of the arguments.</param>
    /// <param name="bootstrap">Bootstrap replicates (at least 1).</param>
    /// <param name="level">Nominal coverage of the intervals, in (0, 1).</param>
    /// <exception cref="ArgumentException">The outputs do not match the design's rows.</exception>
    public static SobolResult Analyze(SaltelliDesign design, IReadOnlyList<double> outputs, ulong seed, int bootstrap = DefaultBootstrap, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentOutOfRangeException.ThrowIfLessThan(bootstrap, 1);
        if (outputs.Count != design.Points.Length)
            throw new ArgumentException($"expected {design.Points.Length} outputs (one per design row), got {outputs.Count}", nameof(outputs));
        var n = design.BaseSamples;
        var k = design.Factors;
        var fA = new double[n];
        var fB = new double[n];
        var fAB = new double[k][];
        for (var j = 0; j < n; j++)
        {
            fA[j] = outputs[design.RowOfA(j)];
            fB[j] = outputs[design.RowOfB(j)];
        }
        for (var i = 0; i < k; i++)
        {
            fAB[i] = new double[n];
            for (var j = 0; j < n; j++) fAB[i][j] = outputs[design.RowOfAB(i, j)];
        }

        var first = new double[k];
        var total = new double[k];
        var identity = Enumerable.Range(0, n).ToArray();
        var (mean, variance) = Estimate(fA, fB, fAB, identity, first, total);

        var firstReplicates = new double[k][];
        var totalReplicates = new double[k][];
        for (var i = 0; i < k; i++)
        {
            firstReplicates[i] = new double[bootstrap];
            totalReplicates[i] = new double[bootstrap];
        }
        var indices = new int[n];
        var s = new double[k];
        var st = new double[k];
        for (var b = 0; b < bootstrap; b++)
        {
            BootstrapResampler.Fill(indices, seed, BootstrapStream, b);
            Estimate(fA, fB, fAB, indices, s, st);
            for (var i = 0; i < k; i++)
            {
                firstReplicates[i][b] = s[i];
                totalReplicates[i][b] = st[i];
            }
        }

        var factors = new SobolFactorResult[k];
        for (var i = 0; i < k; i++)
            factors[i] = new SobolFactorResult(i, first[i], PercentileInterval.Of(firstReplicates[i], level), total[i], PercentileInterval.Of(totalReplicates[i], level));
        return new SobolResult(mean, variance, factors);
    }

    /// <summary>The estimators on the samples <paramref name="indices"/> (possibly repeated); returns mean and variance.</summary>
    private static (double Mean, double Variance) Estimate(double[] fA, double[] fB, double[][] fAB, int[] indices, double[] first, double[] total)
    {
        var n = indices.Length;
        var sum = 0.0;
        foreach (var j in indices) sum += fA[j] + fB[j];
        var mean = sum / (2.0 * n);
        var ss = 0.0;
        foreach (var j in indices) ss += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        var variance = ss / (2.0 * n);
        for (var i = 0; i < first.Length; i++)
        {
            var ab = fAB[i];
            double s = 0, st = 0;
            foreach (var j in indices)
            {
                var diff = ab[j] - fA[j];
                s += (fB[j] - mean) * diff;
                st += diff * diff;
            }
            first[i] = variance > 0 ? s / n / variance : double.NaN;
            total[i] = variance > 0 ? st / (2.0 * n) / variance : double.NaN;
        }
        return (mean, variance);
    }
}
