namespace QuasiMarketSim.Experiments.Calibration;

/// <summary>What a calibration does with a target.</summary>
public enum TargetRole
{
    /// <summary>In the distance: the calibration fits to it.</summary>
    Fitted,
    /// <summary>Kept out of fitting, to see whether the calibrated model predicts it.</summary>
    HeldOut,
    /// <summary>Set directly by an input: a check of that input, never fitted.</summary>
    InputCheck,
}

/// <summary>A target after calibration: what the model predicted before (prior) and after (posterior) fitting.</summary>
/// <param name="Target">The target.</param>
/// <param name="Role">Fitted, held out or an input check.</param>
/// <param name="MonteCarloVariance">Variance of one run's value between replications of the same parameter set (pooled over sets).</param>
/// <param name="Prior">The model's value (the mean of a set's R runs) over every parameter set drawn: the prior predictive distribution.</param>
/// <param name="Posterior">The model's value over the accepted parameter sets: the posterior predictive distribution.</param>
/// <param name="PredictiveP">
/// The posterior predictive p-value of the observation (Gelman, Meng and Stern 1996): the chance that the model's value plus
/// an observation error of the declared sd falls at or below the observed value, averaged over the accepted sets.
/// </param>
public sealed record TargetResult(CalibrationTarget Target, TargetRole Role, double MonteCarloVariance, SampleSpread Prior, SampleSpread Posterior,
    double PredictiveP)
{
    /// <summary>
    /// Whether the posterior predictive distribution of the observation (the model's value plus observation error) covers the
    /// observed value: its predictive p-value lies between 2.5% and 97.5%.
    /// </summary>
    public bool Covered => PredictiveP >= 0.025 && PredictiveP <= 0.975;

    /// <summary>
    /// The observation's implausibility under the posterior predictive distribution: |z - mean| / sqrt(sd_obs^2 + the
    /// variance of the model's value across the accepted sets, parameter and Monte Carlo uncertainty together).
    /// </summary>
    public double Implausibility => Target.Implausibility(Posterior.Mean, Posterior.Sd * Posterior.Sd);

    /// <summary>Whether the calibrated model is consistent with the figure: implausibility at most 3.</summary>
    public bool Consistent => Implausibility <= CalibrationAnalysis.Cutoff;
}

/// <summary>A calibrated parameter: its prior and posterior samples, and how far the targets moved it.</summary>
/// <param name="Path">The parameter, as --set writes it.</param>
/// <param name="Prior">Its values over every parameter set drawn.</param>
/// <param name="Posterior">Its values over the accepted sets.</param>
/// <param name="PNarrow">Share of random subsets (of the accepted size, from the prior sample) at least as narrow: a p-value.</param>
/// <param name="PShift">Share of random subsets whose mean moved at least as far from the prior mean: a p-value.</param>
public sealed record ParameterResult(string Path, SampleSpread Prior, SampleSpread Posterior, double PNarrow, double PShift)
{
    /// <summary>Posterior sd / prior sd: below 1 the targets narrowed it.</summary>
    public double SdRatio => Prior.Sd > 0 ? Posterior.Sd / Prior.Sd : double.NaN;

    /// <summary>(posterior mean - prior mean) / prior sd.</summary>
    public double Shift => Prior.Sd > 0 ? (Posterior.Mean - Prior.Mean) / Prior.Sd : double.NaN;

    /// <summary>True when the smaller p-value is below <paramref name="threshold"/> (5% over the number of parameters: Bonferroni).</summary>
    public bool Informed(double threshold) => Math.Min(PNarrow, PShift) < threshold;
}
