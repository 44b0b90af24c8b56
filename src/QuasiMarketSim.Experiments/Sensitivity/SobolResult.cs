namespace QuasiMarketSim.Experiments.Sensitivity;

/// <summary>The outcome of <see cref="SobolAnalysis.Analyze"/>.</summary>
/// <param name="Mean">Mean of the outputs at the rows of A and B, in output units.</param>
/// <param name="Variance">
/// V(Y): the variance (divisor 2N) of the outputs at the rows of A and B, in squared output units, the denominator of
/// every index. For a stochastic model it includes replication noise (see <see cref="NoiseDecomposition"/>).
/// </param>
/// <param name="Factors">The indices of each factor, in factor order.</param>
public sealed record SobolResult(double Mean, double Variance, IReadOnlyList<SobolFactorResult> Factors);
