namespace QuasiMarketSim.Experiments.Sensitivity;

/// <summary>How the two base matrices A and B of a <see cref="SaltelliDesign"/> are drawn.</summary>
public enum SaltelliSampling
{
    /// <summary>
    /// A randomly shifted Sobol sequence in 2k dimensions, A its first k columns and B its last k (Saltelli et al.
    /// 2010's recommendation); quasi-random, so estimates converge faster than with random samples. At most
    /// <see cref="Designs.SobolSequence.MaxDimensions"/> / 2 factors.
    /// </summary>
    Sobol,

    /// <summary>Two independent Latin hypercubes of k dimensions (McKay et al. 1979), for any number of factors.</summary>
    LatinHypercube,
}
