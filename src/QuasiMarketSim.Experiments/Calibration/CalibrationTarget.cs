namespace QuasiMarketSim.Experiments.Calibration;

/// <summary>
/// A figure from the literature the model can be set beside: how it is computed from a run, the observed value with
/// its uncertainty, where it comes from, and, when an input sets it directly, that input. A target an input sets is a
/// check of that input (<see cref="IsInputCheck"/>): it is reported, never fitted.
/// </summary>
/// <param name="Name">snake_case name (targets.csv, --holdout).</param>
/// <param name="Label">Words for people.</param>
/// <param name="Unit">What one unit of the value is ("share", "per year").</param>
/// <param name="Definition">How the model's value is computed from a run, in words (the docs' table).</param>
/// <param name="Observed">The observed value z.</param>
/// <param name="Sd">The observation's standard deviation: how far the figure may sit from what this world would show.</param>
/// <param name="UncertaintyReason">How <paramref name="Sd"/> was set.</param>
/// <param name="Source">Where the figure comes from.</param>
/// <param name="Echoes">The input that sets the figure directly, or null when it is an output of the mechanisms.</param>
/// <param name="Compute">The model's value of the figure in one run.</param>
public sealed record CalibrationTarget(
    string Name,
    string Label,
    string Unit,
    string Definition,
    double Observed,
    double Sd,
    string UncertaintyReason,
    string Source,
    string? Echoes,
    Func<RunOutcome, double> Compute)
{
    /// <summary>The Normal quantile of a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>True when an input sets the figure directly: a check of that input, never fitted.</summary>
    public bool IsInputCheck => Echoes is not null;

    /// <summary>Lower end of the observation's 95% interval, z - 1.96 sd (not below 0: every target is a share or a rate).</summary>
    public double Low => Math.Max(0, Observed - Z95 * Sd);

    /// <summary>Upper end of the observation's 95% interval, z + 1.96 sd.</summary>
    public double High => Observed + Z95 * Sd;

    /// <summary>True when <paramref name="value"/> lies in the observation's 95% interval.</summary>
    public bool Contains(double value) => value >= Low && value <= High;

    /// <summary>
    /// The implausibility of a model whose expected value of the figure is <paramref name="mean"/>, known with variance
    /// <paramref name="variance"/> (Monte Carlo and, for a predictive check, parameter uncertainty):
    /// I = |z - mean| / sqrt(sd^2 + variance) (Vernon, Goldstein and Bower 2010). Above 3 the model is implausible
    /// (Pukelsheim's three-sigma rule: at least 95% of any unimodal distribution lies within 3 sd).
    /// </summary>
    public double Implausibility(double mean, double variance) => Math.Abs(Observed - mean) / Math.Sqrt(Sd * Sd + Math.Max(0, variance));
}
