using System.Globalization;
using QuasiMarketSim.Model.Specs;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.Uncertainty;

/// <summary>The uncertain parameters of a scenario: those declared uncertain, as the scenario's "uncertainty" list overrides them.</summary>
public static class UncertainParameters
{
    /// <summary>
    /// Every parameter with a distribution for <paramref name="scenario"/>, in declaration order, its mean the
    /// scenario's value. A parameter the scenario marks "none", or whose value no distribution of its family can have
    /// as a mean (a switched-off mechanism), is left out: it is held at its value.
    /// </summary>
    public static IReadOnlyList<UncertainParameter> Of(LoadedScenario scenario)
    {
        var list = new List<UncertainParameter>();
        foreach (var field in ScenarioSchema.AllParameters)
        {
            var prior = scenario.Uncertainty.TryGetValue(field.Path, out var own) ? own : field.Prior;
            if (prior is null || prior.Family == Distribution.None) continue;
            var mean = Convert.ToDouble(scenario.Input.Value(field.Path), CultureInfo.InvariantCulture);
            var p = new UncertainParameter(field, prior, mean);
            if (!p.Degenerate) list.Add(p);
        }
        return list;
    }

    /// <summary>The overrides that set <paramref name="parameters"/> to their values at quantiles <paramref name="u"/>.</summary>
    public static string[] Overrides(IReadOnlyList<UncertainParameter> parameters, IReadOnlyList<double> u) =>
        [.. parameters.Select((p, i) => $"{p.Path}={p.Quantile(u[i]).ToString("R", CultureInfo.InvariantCulture)}")];
}
