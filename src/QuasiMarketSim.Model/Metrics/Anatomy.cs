using System.Runtime.CompilerServices;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Metrics;

/// <summary>
/// The market's anatomy at the end of a run, for a student to see why it behaves as it does: the trust of every
/// relationship, vacancies by staff category, market shares by provider kind, and the Bartlett-Le Grand conditions
/// per service line.
/// </summary>
/// <param name="Trust">Commissioner trust in each relationship (contract).</param>
/// <param name="Vacancies">Vacancy rate by staff category.</param>
/// <param name="Shares">Share of patients held by each provider kind.</param>
/// <param name="Conditions">Per service line, each condition's indicator (0-1), including parcelability.</param>
public sealed record Anatomy(
    IReadOnlyList<double> Trust,
    IReadOnlyDictionary<string, double> Vacancies,
    IReadOnlyDictionary<string, double> Shares,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Conditions)
{
    /// <summary>Reads the anatomy of <paramref name="simulation"/> now (its last recorded row supplies the conditions).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Anatomy Of(Simulation simulation)
    {
        var w = simulation.World;
        var k = w.Contracts;
        var shares = new Dictionary<string, double>();
        var patients = 0.0;
        for (var c = 0; c < k.Count; c++) patients += k.Patients[c];
        for (var c = 0; c < k.Count; c++)
        {
            var kind = ProviderKinds.Names[(int)w.Providers.Kind[k.Provider[c]]];
            shares[kind] = shares.GetValueOrDefault(kind) + k.Patients[c] / patients;
        }
        var table = simulation.Results;
        var last = table.Rows.Count > 0 ? table.Rows[^1] : null;
        double Metric(string name) => last is null ? double.NaN : last[table.IndexOf(name)];
        return new Anatomy(
            [.. k.TrustC],
            w.Categories.ToDictionary(cat => cat.Name, cat => Metric($"staff_vacancy_rate_{cat.Name}")),
            shares,
            w.Lines.ToDictionary(l => l.Name, l => (IReadOnlyDictionary<string, double>)MetricCatalog.Conditions.ToDictionary(
                m => m.Replace("blg_", "", StringComparison.Ordinal), m => Metric($"{m}_{l.Name}"))));
    }
}
