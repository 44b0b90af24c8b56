namespace QuasiMarketSim.Model.Specs;

/// <summary>The family of a parameter's uncertainty distribution.</summary>
public enum Distribution
{
    /// <summary>No declared uncertainty: the parameter is held at its value in probabilistic analyses.</summary>
    None,
    /// <summary>Beta, for shares and probabilities on [0, 1] (Briggs, Claxton and Sculpher 2006, ch. 4).</summary>
    Beta,
    /// <summary>Gamma, for non-negative rates, effects and costs (Briggs, Claxton and Sculpher 2006, ch. 4).</summary>
    Gamma,
    /// <summary>Lognormal, for positive ratios and multipliers (Briggs, Claxton and Sculpher 2006, ch. 4).</summary>
    LogNormal,
}

/// <summary>
/// How uncertain a parameter's value is: a distribution whose mean is the parameter's value in the scenario (its
/// default unless the scenario sets it) and whose standard deviation is <paramref name="Sd"/>, in the parameter's unit.
/// Probabilistic sensitivity analysis (<c>--psa</c>) draws from it; calibration starts from it as the prior.
/// </summary>
/// <param name="Family">Beta, gamma or lognormal.</param>
/// <param name="Sd">Standard deviation, in the parameter's unit.</param>
/// <param name="Source">Where the spread comes from (evidence, or "judgement" and why).</param>
public sealed record Prior(Distribution Family, double Sd, string Source);
