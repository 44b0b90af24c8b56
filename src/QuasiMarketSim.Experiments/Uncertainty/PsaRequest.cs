namespace QuasiMarketSim.Experiments.Uncertainty;

/// <summary>A probabilistic sensitivity analysis of one scenario, or of B against A.</summary>
/// <param name="ScenarioA">The scenario (A of a comparison).</param>
/// <param name="OverridesA">Overrides for A.</param>
/// <param name="ScenarioB">Scenario B of a comparison; null for one scenario.</param>
/// <param name="OverridesB">Overrides for B.</param>
/// <param name="Sets">Parameter sets drawn (Latin hypercube over the uncertain parameters' distributions).</param>
/// <param name="Replications">Replications per set (and arm): 2 or more separate parameter uncertainty from Monte Carlo noise.</param>
/// <param name="Seed">Master seed (A's scenario seed when null).</param>
/// <param name="Ticks">Recorded months (each scenario's own when null).</param>
/// <param name="Threads">Runs at once.</param>
/// <param name="OutputDirectory">Where to write (default runs/psa-...).</param>
/// <param name="Posterior">A calibration's posterior.csv to draw parameter sets from instead of the priors (sets cycle through it).</param>
public sealed record PsaRequest(
    string ScenarioA,
    IReadOnlyList<string> OverridesA,
    string? ScenarioB,
    IReadOnlyList<string> OverridesB,
    int Sets,
    int Replications = 2,
    long? Seed = null,
    int? Ticks = null,
    int Threads = 1,
    string? OutputDirectory = null,
    string? Posterior = null)
{
    /// <summary>The most parameter sets one analysis may draw.</summary>
    public const int MaxSets = 100_000;
}
