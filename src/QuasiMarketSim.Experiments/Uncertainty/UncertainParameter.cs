using MathNet.Numerics.Distributions;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Experiments.Uncertainty;

/// <summary>
/// A parameter whose value is uncertain: its distribution around the scenario's value (the mean), mapped from a
/// quantile u in (0, 1) so that designs (Latin hypercube) stratify it. Values are clamped to the parameter's valid range.
/// </summary>
/// <param name="Field">The parameter's declaration (path, unit, range).</param>
/// <param name="Prior">Its distribution family, standard deviation and the source of the spread.</param>
/// <param name="Mean">The scenario's value of the parameter: the distribution's mean.</param>
public sealed record UncertainParameter(FieldSpec Field, Prior Prior, double Mean)
{
    /// <summary>The parameter's path, as --set writes it.</summary>
    public string Path => Field.Path;

    /// <summary>
    /// The standard deviation used: the declared one, except that a beta's variance must stay below mean (1 - mean);
    /// there it is capped at half that bound's square root (a hump-shaped beta), and <see cref="Capped"/> says so.
    /// </summary>
    public double Sd => Prior.Family == Distribution.Beta ? Math.Min(Prior.Sd, 0.5 * Math.Sqrt(Mean * (1 - Mean))) : Prior.Sd;

    /// <summary>True when the declared sd was too wide for a beta of this mean and <see cref="Sd"/> caps it.</summary>
    public bool Capped => Sd < Prior.Sd;

    /// <summary>
    /// True when no distribution of the family has this mean (a beta at 0 or 1, a gamma or lognormal at or below 0,
    /// such as a mechanism switched off): the parameter is then held at its value.
    /// </summary>
    public bool Degenerate => Prior.Sd <= 0 || Prior.Family switch
    {
        Distribution.Beta => Mean <= 0 || Mean >= 1,
        Distribution.Gamma or Distribution.LogNormal => Mean <= 0,
        _ => true,
    };

    /// <summary>The value at quantile <paramref name="u"/>, clamped to the parameter's range.</summary>
    public double Quantile(double u)
    {
        if (Degenerate) return Mean;
        u = Math.Clamp(u, 1e-9, 1 - 1e-9);
        var variance = Sd * Sd;
        var x = Prior.Family switch
        {
            Distribution.Beta => BetaQuantile(u, variance),
            Distribution.Gamma => Gamma.InvCDF(Mean * Mean / variance, Mean / variance, u),
            _ => LogNormalQuantile(u, variance),
        };
        return Math.Clamp(x, Field.Min, Field.Max);
    }

    private double BetaQuantile(double u, double variance)
    {
        // Method of moments: a + b = m (1 - m) / v - 1.
        var n = Mean * (1 - Mean) / variance - 1;
        return Beta.InvCDF(Mean * n, (1 - Mean) * n, u);
    }

    private double LogNormalQuantile(double u, double variance)
    {
        var sigma2 = Math.Log(1 + variance / (Mean * Mean));
        return LogNormal.InvCDF(Math.Log(Mean) - sigma2 / 2, Math.Sqrt(sigma2), u);
    }
}
