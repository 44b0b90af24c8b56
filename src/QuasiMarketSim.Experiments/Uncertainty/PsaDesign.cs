using System.Globalization;
using QuasiMarketSim.Experiments.Designs;

namespace QuasiMarketSim.Experiments.Uncertainty;

/// <summary>
/// The parameter sets of a probabilistic analysis: a Latin hypercube over the union of the arms' uncertain parameters
/// (McKay, Beckman and Conover 1979), each coordinate a quantile mapped through each arm's own distribution, so B's
/// value of a parameter it sets differently sits at the same quantile of B's distribution as A's does of A's.
/// Parameters taken from a calibration's posterior sample replace the hypercube's draws for those parameters: the
/// sample's value, shifted by the arm's value minus the value the calibrated scenario had (so an arm that is the
/// calibrated scenario draws the posterior as it is, and one that sets the parameter 0.1 higher draws it 0.1 higher);
/// without that record, minus the sample's mean.
/// </summary>
public sealed class PsaDesign
{
    private readonly IReadOnlyList<IReadOnlyList<UncertainParameter>> _arms;
    private readonly double[][] _quantiles;
    private readonly Posterior? _posterior;

    /// <summary>Draws <paramref name="sets"/> sets over the arms' parameters with <paramref name="seed"/>.</summary>
    public PsaDesign(IReadOnlyList<IReadOnlyList<UncertainParameter>> arms, int sets, ulong seed, Posterior? posterior = null)
    {
        _arms = arms;
        _posterior = posterior;
        Paths = [.. arms.SelectMany(a => a.Select(p => p.Path)).Distinct()];
        _quantiles = Paths.Count == 0 ? [.. Enumerable.Range(0, sets).Select(_ => Array.Empty<double>())] : LatinHypercube.Sample(sets, Paths.Count, seed);
        Sets = sets;
    }

    /// <summary>Every uncertain parameter of any arm, in order.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>Parameter sets.</summary>
    public int Sets { get; }

    /// <summary>The quantile of each parameter in set <paramref name="set"/> (the inputs the given-data Sobol indices read).</summary>
    public IReadOnlyList<double> Quantiles(int set) => _quantiles[set];

    /// <summary>Arm <paramref name="arm"/>'s value of each of its uncertain parameters in set <paramref name="set"/>, by path.</summary>
    public IReadOnlyDictionary<string, double> Values(int arm, int set)
    {
        var values = new Dictionary<string, double>();
        foreach (var p in _arms[arm])
        {
            var column = IndexOf(p.Path);
            values[p.Path] = _posterior?.Value(set, p.Path) is { } drawn
                ? Math.Clamp(drawn + (p.Mean - (_posterior.CalibratedAt(p.Path) ?? _posterior.Mean(p.Path))), p.Field.Min, p.Field.Max)
                : p.Quantile(_quantiles[set][column]);
        }
        return values;
    }

    /// <summary>The overrides that give arm <paramref name="arm"/> set <paramref name="set"/>'s values.</summary>
    public string[] Overrides(int arm, int set) =>
        [.. Values(arm, set).Select(kv => $"{kv.Key}={kv.Value.ToString("R", CultureInfo.InvariantCulture)}")];

    private int IndexOf(string path)
    {
        for (var i = 0; i < Paths.Count; i++) if (Paths[i] == path) return i;
        throw new ArgumentException(path);
    }
}
