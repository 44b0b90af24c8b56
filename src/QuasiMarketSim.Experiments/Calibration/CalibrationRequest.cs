namespace QuasiMarketSim.Experiments.Calibration;

/// <summary>A calibration of a scenario's uncertain parameters to the calibration targets.</summary>
/// <param name="Scenario">Scenario file or shipped name.</param>
/// <param name="Overrides">path=value overrides.</param>
/// <param name="Samples">Parameter sets drawn from the prior (a Latin hypercube over the uncertain parameters' quantiles).</param>
/// <param name="Replications">Runs per parameter set (2 or more: the Monte Carlo variance is estimated from them).</param>
/// <param name="HoldOut">Targets kept out of fitting, to see whether the calibrated model predicts them.</param>
/// <param name="Parameters">The uncertain parameters to calibrate (null: all of the scenario's); the others stay at their values.</param>
/// <param name="Seed">Master seed (the scenario's when null).</param>
/// <param name="Ticks">Recorded months (the scenario's when null).</param>
/// <param name="Threads">Runs at once (results do not depend on it).</param>
/// <param name="OutputDirectory">Where to write (default runs/calibrate-&lt;scenario&gt;-&lt;seed&gt;).</param>
/// <param name="Targets">The targets (null: <see cref="CalibrationTargets.All"/>; tests pass synthetic ones).</param>
public sealed record CalibrationRequest(
    string Scenario,
    IReadOnlyList<string> Overrides,
    int Samples = CalibrationRequest.DefaultSamples,
    int Replications = 2,
    IReadOnlyList<string>? HoldOut = null,
    IReadOnlyList<string>? Parameters = null,
    long? Seed = null,
    int? Ticks = null,
    int Threads = 1,
    string? OutputDirectory = null,
    IReadOnlyList<CalibrationTarget>? Targets = null)
{
    /// <summary>Parameter sets drawn by default.</summary>
    public const int DefaultSamples = 5000;

    /// <summary>The fewest parameter sets a posterior sample may hold.</summary>
    public const int MinAccepted = 20;

    /// <summary>The most parameter sets one calibration may draw.</summary>
    public const int MaxSamples = 1_000_000;

    /// <summary>The targets held out: <see cref="HoldOut"/>, or <see cref="CalibrationTargets.DefaultHoldOut"/> when null.</summary>
    public IReadOnlyList<string> HeldOut => HoldOut ?? [CalibrationTargets.DefaultHoldOut];
}
