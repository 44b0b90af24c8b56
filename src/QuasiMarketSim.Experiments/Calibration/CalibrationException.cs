namespace QuasiMarketSim.Experiments.Calibration;

/// <summary>
/// A calibration ran but cannot give a posterior sample: too few parameter sets were accepted, because the fitted targets
/// lie far from everything the model makes under the prior. The message says how far, and what to try.
/// </summary>
public sealed class CalibrationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CalibrationException(string message) : base(message)
    {
    }
}
