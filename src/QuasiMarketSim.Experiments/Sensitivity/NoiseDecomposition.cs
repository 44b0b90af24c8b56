using MathNet.Numerics.Distributions;

namespace QuasiMarketSim.Experiments.Sensitivity;

/// <summary>
/// How much of a stochastic model's output variance over a design comes from the parameters and how much is
/// replication noise, by the one-way random-effects analysis of variance (Searle, Casella and McCulloch 1992,
/// "Variance Components", ch. 3; Montgomery, "Design and Analysis of Experiments", sec. 3.9). Model: run r at design
/// point i gives y_ir = mu + a_i + e_ir, with point effects a_i of variance sigma_a^2 (the parameter variance) and
/// independent noise e_ir of variance sigma_e^2. With m points and n replicates each, the within-point mean square
/// MSW estimates sigma_e^2 and the variance of point means, MSB / n, estimates sigma_a^2 + sigma_e^2 / n.
/// Sensitivity indices computed on means of n replicates divide by that last variance, of which
/// <see cref="NoiseShareOfMeans"/> is noise (see <see cref="SobolAnalysis.Analyze"/> for how noise biases them).
/// </summary>
/// <param name="Points">m, the number of design points.</param>
/// <param name="Replicates">n, the replicates at each point.</param>
/// <param name="GrandMean">Mean of all m n outputs, in output units.</param>
/// <param name="NoiseVariance">
/// sigma_e^2 estimated by MSW = sum_i sum_r (y_ir - ybar_i)^2 / (m (n - 1)), the mean within-point variance: the
/// variance of a single run about its point's expectation, in squared output units.
/// </param>
/// <param name="VarianceOfPointMeans">
/// MSB / n = sum_i (ybar_i - ybar)^2 / (m - 1): the total variance of the point means, in squared output units.
/// </param>
/// <param name="NoiseVarianceOfMeans">MSW / n: the part of a point mean's variance that is noise, in squared output units.</param>
/// <param name="ParameterVariance">
/// sigma_a^2 estimated by (MSB - MSW) / n = VarianceOfPointMeans - NoiseVarianceOfMeans, truncated at 0 (the ANOVA
/// estimator can be negative when the parameters matter less than noise can show), in squared output units.
/// </param>
/// <param name="FStatistic">F = MSB / MSW, with m - 1 and m (n - 1) degrees of freedom; NaN when MSW = 0.</param>
/// <param name="PValue">P(F(m - 1, m (n - 1)) &gt;= F): small when the point means differ by more than noise explains.</param>
public sealed record NoiseDecomposition(
    int Points,
    int Replicates,
    double GrandMean,
    double NoiseVariance,
    double VarianceOfPointMeans,
    double NoiseVarianceOfMeans,
    double ParameterVariance,
    double FStatistic,
    double PValue)
{
    /// <summary>
    /// Share of the variance of point means (means of n replicates) due to the parameters:
    /// sigma_a^2 / (sigma_a^2 + sigma_e^2 / n), in [0, 1]; NaN when nothing varies.
    /// </summary>
    public double ParameterShareOfMeans => ParameterVariance / (ParameterVariance + NoiseVarianceOfMeans);

    /// <summary>Share of the variance of point means due to replication noise, 1 - <see cref="ParameterShareOfMeans"/>.</summary>
    public double NoiseShareOfMeans => 1 - ParameterShareOfMeans;

    /// <summary>
    /// Share of the variance of single runs due to the parameters, sigma_a^2 / (sigma_a^2 + sigma_e^2): the
    /// intraclass correlation ICC(1); NaN when nothing varies.
    /// </summary>
    public double ParameterShareOfSingleRuns => ParameterVariance / (ParameterVariance + NoiseVariance);

    /// <summary>
    /// Estimates the decomposition from <paramref name="outputs"/>[point][replicate]: the ANOVA mean squares
    /// MSW = SSW / (m (n - 1)) and MSB = n sum_i (ybar_i - ybar)^2 / (m - 1), then the quantities documented on the
    /// record. The design must be balanced (every point has the same number of replicates).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// Fewer than 2 points, fewer than 2 replicates, or points with different numbers of replicates.
    /// </exception>
    public static NoiseDecomposition Estimate(IReadOnlyList<IReadOnlyList<double>> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var m = outputs.Count;
        if (m < 2) throw new ArgumentException("at least 2 design points are needed", nameof(outputs));
        var n = outputs[0].Count;
        if (n < 2) throw new ArgumentException("at least 2 replicates per point are needed", nameof(outputs));
        var means = new double[m];
        var ssWithin = 0.0;
        for (var i = 0; i < m; i++)
        {
            var row = outputs[i];
            if (row.Count != n)
                throw new ArgumentException($"point {i} has {row.Count} replicates but point 0 has {n}; the design must be balanced", nameof(outputs));
            var sum = 0.0;
            for (var r = 0; r < n; r++) sum += row[r];
            var mean = sum / n;
            means[i] = mean;
            for (var r = 0; r < n; r++) ssWithin += (row[r] - mean) * (row[r] - mean);
        }
        var grand = means.Average();
        var ssMeans = 0.0;
        foreach (var mean in means) ssMeans += (mean - grand) * (mean - grand);
        var msw = ssWithin / (m * (n - 1.0));
        var varianceOfMeans = ssMeans / (m - 1);
        var msb = n * varianceOfMeans;
        var noiseOfMeans = msw / n;
        var parameter = Math.Max(0, varianceOfMeans - noiseOfMeans);
        var f = msw > 0 ? msb / msw : double.NaN;
        var p = double.IsNaN(f) ? double.NaN : 1 - FisherSnedecor.CDF(m - 1, m * (n - 1.0), f);
        return new NoiseDecomposition(m, n, grand, msw, varianceOfMeans, noiseOfMeans, parameter, f, p);
    }
}
