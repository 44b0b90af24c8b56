namespace QuasiMarketSim.Experiments.Uncertainty;

/// <summary>
/// First-order Sobol indices estimated from a probabilistic sample itself (the "given data" method: Plischke,
/// Borgonovo and Smith 2013; Strong, Oakley and Brennan 2014 use the same idea for partial value of information):
/// sort the sample by one input, cut it into equal-count classes, and take the variance of the class means of the
/// output over the output's variance. No extra runs are needed, so the PSA sample also says which uncertain
/// parameters decide a comparison.
/// </summary>
public static class GivenDataSobol
{
    /// <summary>
    /// S_j for each input column of <paramref name="inputs"/>[sample][j] against <paramref name="output"/>[sample],
    /// with sqrt(n) classes (at least 2). The class means' variance is corrected for their own sampling noise
    /// (within-class variance / class size), and the index clamped to [0, 1]; NaN when the output does not vary.
    /// </summary>
    public static double[] FirstOrder(IReadOnlyList<IReadOnlyList<double>> inputs, IReadOnlyList<double> output)
    {
        var n = output.Count;
        if (n < 4) throw new ArgumentException("at least 4 samples are needed", nameof(output));
        var k = inputs[0].Count;
        var mean = output.Average();
        var total = output.Sum(y => (y - mean) * (y - mean)) / n;
        var classes = Math.Max(2, (int)Math.Round(Math.Sqrt(n)));
        var indices = new double[k];
        var order = new int[n];
        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < n; i++) order[i] = i;
            var column = j;
            Array.Sort(order, (a, b) => inputs[a][column].CompareTo(inputs[b][column]));
            double between = 0, noise = 0;
            for (var c = 0; c < classes; c++)
            {
                var (from, to) = (c * n / classes, (c + 1) * n / classes);
                var size = to - from;
                double sum = 0, sumSq = 0;
                for (var i = from; i < to; i++)
                {
                    var y = output[order[i]];
                    sum += y;
                    sumSq += y * y;
                }
                var classMean = sum / size;
                var classVar = size > 1 ? (sumSq - size * classMean * classMean) / (size - 1) : 0;
                between += size * (classMean - mean) * (classMean - mean);
                // E[size (mean_c - mean)^2] carries size x Var(mean_c) = the class variance of noise.
                noise += classVar;
            }
            indices[j] = total > 0 ? Math.Clamp((between - noise) / n / total, 0, 1) : double.NaN;
        }
        return indices;
    }
}
