namespace QuasiMarketSim.Experiments.Sensitivity;

/// <summary>Variance-based sensitivity indices of one factor (Sobol 1993; Homma and Saltelli 1996).</summary>
/// <param name="Factor">The factor's index (0-based, the column of the design).</param>
/// <param name="FirstOrder">
/// S_i = V(E[Y | X_i]) / V(Y): the share of output variance removed if X_i were fixed, its main effect alone
/// (dimensionless, 0 to 1 up to estimation error, which can push it slightly below 0).
/// </param>
/// <param name="FirstOrderInterval">Bootstrap percentile interval for <paramref name="FirstOrder"/>.</param>
/// <param name="TotalOrder">
/// S_Ti = E(V(Y | X_~i)) / V(Y): the share of output variance involving X_i in any way, main effect and all its
/// interactions; S_Ti - S_i is the interaction share, and S_Ti near 0 means the factor can be fixed.
/// </param>
/// <param name="TotalOrderInterval">Bootstrap percentile interval for <paramref name="TotalOrder"/>.</param>
public sealed record SobolFactorResult(int Factor, double FirstOrder, PercentileInterval FirstOrderInterval, double TotalOrder, PercentileInterval TotalOrderInterval);
