using QuasiMarketSim.Experiments.Sensitivity;
using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Experiments.Uncertainty;

/// <summary>
/// One metric (or one difference B - A) under parameter uncertainty: its mean over parameter sets, the interval that
/// holds 95% of the parameter sets' expected values (parameter uncertainty and what Monte Carlo noise remains in a set's
/// mean), how the variance splits between parameters and Monte Carlo noise, and the Monte Carlo error of the mean.
/// </summary>
/// <param name="Metric">The metric.</param>
/// <param name="Mean">Mean over all sets and replications.</param>
/// <param name="Low">2.5th percentile of the sets' means (the uncertainty interval).</param>
/// <param name="High">97.5th percentile of the sets' means.</param>
/// <param name="ParameterShare">Share of a single run's variance due to parameters (the rest is Monte Carlo noise); NaN with one replication.</param>
/// <param name="MonteCarloHalfWidth">Half-width of the 95% interval of <paramref name="Mean"/> from noise alone (how precisely it is computed).</param>
/// <param name="ProbabilityBetter">Share of parameter sets whose mean difference goes the better way (comparisons, metrics with a better way); else NaN.</param>
public sealed record MetricUncertainty(MetricInfo Metric, double Mean, double Low, double High, double ParameterShare, double MonteCarloHalfWidth,
    double ProbabilityBetter)
{
    /// <summary>
    /// Summarises <paramref name="values"/>[set][replication]. <paramref name="isDifference"/> adds the probability
    /// that B is better, counted in the metric's better direction (none for a metric that has no better direction).
    /// </summary>
    public static MetricUncertainty Of(MetricInfo metric, IReadOnlyList<IReadOnlyList<double>> values, bool isDifference)
    {
        var means = values.Select(v => v.Average()).ToArray();
        var all = values.SelectMany(v => v).ToArray();
        var mean = all.Average();
        var interval = PercentileInterval.Of(means);
        double share = double.NaN, noiseVariance;
        if (values.Count >= 2 && values[0].Count >= 2)
        {
            var d = NoiseDecomposition.Estimate(values);
            share = d.ParameterShareOfSingleRuns;
            noiseVariance = d.NoiseVariance;
        }
        else
        {
            // One replication per set: noise cannot be told from parameters; the spread of all runs bounds it.
            noiseVariance = all.Length > 1 ? all.Select(x => (x - mean) * (x - mean)).Sum() / (all.Length - 1) : 0;
        }
        var halfWidth = 1.96 * Math.Sqrt(noiseVariance / Math.Max(1, all.Length));
        var better = double.NaN;
        if (isDifference && metric.Better != 0) better = means.Count(m => metric.Better * m > 0) / (double)means.Length;
        return new(metric, mean, interval.Low, interval.High, share, halfWidth, better);
    }
}
