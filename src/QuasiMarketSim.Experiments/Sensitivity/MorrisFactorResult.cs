namespace QuasiMarketSim.Experiments.Sensitivity;

/// <summary>
/// Morris screening measures of one factor, from its r elementary effects EE (one per trajectory). Elementary effects
/// are in output units per unit-cube coordinate, i.e. per full range of the factor: divide by the factor's range
/// width (<see cref="Designs.ParameterRange.Width"/>) for output units per parameter unit.
/// </summary>
/// <param name="Factor">The factor's index (0-based, the column of the design).</param>
/// <param name="Mu">mu: the mean elementary effect (Morris 1991); signed, so effects of opposite sign cancel.</param>
/// <param name="MuStar">
/// mu*: the mean absolute elementary effect (Campolongo, Cariboni and Saltelli 2007, "An effective screening design
/// for sensitivity analysis of large models", Environ. Model. Softw. 22, 1509-1518), the usual importance ranking.
/// </param>
/// <param name="Sigma">
/// sigma: the sample standard deviation of the elementary effects (divisor r - 1; NaN when r = 1), large when the
/// factor's effect depends on where it is taken (nonlinearity or interaction).
/// </param>
/// <param name="MuStarInterval">Bootstrap percentile interval for mu*, resampling whole trajectories.</param>
public sealed record MorrisFactorResult(int Factor, double Mu, double MuStar, double Sigma, PercentileInterval MuStarInterval);
