namespace QuasiMarketSim.Experiments.Sensitivity;

/// <summary>
/// Elementary-effects (Morris 1991) screening measures mu, mu* and sigma from the outputs of a
/// <see cref="MorrisDesign"/>, with bootstrap intervals for mu*.
/// </summary>
public static class MorrisAnalysis
{
    /// <summary>The bootstrap replicates used when none are given.</summary>
    public const int DefaultBootstrap = 1000;

    /// <summary>The random stream id of the bootstrap resamples.</summary>
    private const ulong BootstrapStream = 0x404_2B00;

    /// <summary>
    /// The elementary effects, as <c>result[trajectory][factor]</c>: for the step of trajectory t that moves factor i,
    /// EE_i = (y_after - y_before) / (x_after,i - x_before,i), the difference quotient over the step of +-delta
    /// measured in unit-cube coordinates (so a factor's effect is per its full range, and factors with ranges of
    /// different widths or units are compared on the same footing).
    /// </summary>
    /// <exception cref="ArgumentException">The outputs do not match the design's rows.</exception>
    public static double[][] ElementaryEffects(MorrisDesign design, IReadOnlyList<double> outputs)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(outputs);
        if (outputs.Count != design.Points.Length)
            throw new ArgumentException($"expected {design.Points.Length} outputs (one per design row), got {outputs.Count}", nameof(outputs));
        var k = design.Factors;
        var effects = new double[design.Trajectories][];
        for (var t = 0; t < design.Trajectories; t++)
        {
            effects[t] = new double[k];
            for (var s = 0; s < k; s++)
            {
                var f = design.ChangedFactor[t * k + s];
                var before = design.Row(t, s);
                var step = design.Points[before + 1][f] - design.Points[before][f];
                effects[t][f] = (outputs[before + 1] - outputs[before]) / step;
            }
        }
        return effects;
    }

    /// <summary>
    /// <see cref="Analyze(MorrisDesign, IReadOnlyList{double}, ulong, int, double)"/> with the design's own seed for the
    /// bootstrap, <see cref="DefaultBootstrap"/> replicates and a 95% interval.
    /// </summary>
    public static IReadOnlyList<MorrisFactorResult> Analyze(MorrisDesign design, IReadOnlyList<double> outputs)
    {
        ArgumentNullException.ThrowIfNull(design);
        return Analyze(design, outputs, design.Seed, DefaultBootstrap);
    }

    /// <summary>
    /// Per factor: mu (mean elementary effect), mu* (mean absolute elementary effect), sigma (sample standard
    /// deviation of the elementary effects) and a <paramref name="level"/> bootstrap percentile interval for mu*.
    /// Elementary effects are those of <see cref="ElementaryEffects"/> (unit-cube coordinates). The bootstrap
    /// resamples whole trajectories with replacement <paramref name="bootstrap"/> times (replicate b from
    /// (<paramref name="seed"/>, b)); the result is a pure function of the arguments.
    /// </summary>
    /// <param name="design">The design the outputs were computed on.</param>
    /// <param name="outputs">The model output at each row of <see cref="MorrisDesign.Points"/>, in row order.</param>
    /// <param name="seed">Seed of the bootstrap resamples.</param>
    /// <param name="bootstrap">Bootstrap replicates (at least 1).</param>
    /// <param name="level">Nominal coverage of the interval, in (0, 1).</param>
    public static IReadOnlyList<MorrisFactorResult> Analyze(MorrisDesign design, IReadOnlyList<double> outputs, ulong seed, int bootstrap = DefaultBootstrap, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bootstrap, 1);
        var effects = ElementaryEffects(design, outputs);
        var r = design.Trajectories;
        var k = design.Factors;
        var muStarReplicates = new double[k][];
        for (var i = 0; i < k; i++) muStarReplicates[i] = new double[bootstrap];
        var indices = new int[r];
        for (var b = 0; b < bootstrap; b++)
        {
            BootstrapResampler.Fill(indices, seed, BootstrapStream, b);
            for (var i = 0; i < k; i++)
            {
                var sum = 0.0;
                foreach (var t in indices) sum += Math.Abs(effects[t][i]);
                muStarReplicates[i][b] = sum / r;
            }
        }
        var results = new MorrisFactorResult[k];
        for (var i = 0; i < k; i++)
        {
            double sum = 0, sumAbs = 0;
            for (var t = 0; t < r; t++)
            {
                sum += effects[t][i];
                sumAbs += Math.Abs(effects[t][i]);
            }
            var mu = sum / r;
            var ss = 0.0;
            for (var t = 0; t < r; t++) ss += (effects[t][i] - mu) * (effects[t][i] - mu);
            var sigma = r > 1 ? Math.Sqrt(ss / (r - 1)) : double.NaN;
            results[i] = new MorrisFactorResult(i, mu, sumAbs / r, sigma, PercentileInterval.Of(muStarReplicates[i], level));
        }
        return results;
    }
}
