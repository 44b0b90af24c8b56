using System.Globalization;
using System.Text.Json;
using QuasiMarketSim.Experiments.Designs;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.Sweeps;

/// <summary>The points of a sweep: one value per factor at each point.</summary>
/// <param name="Factors">Parameter paths, in column order.</param>
/// <param name="Points">[point][factor] values.</param>
/// <param name="Replications">Replications at each point.</param>
public sealed record SweepDesign(IReadOnlyList<string> Factors, double[][] Points, int Replications)
{
    /// <summary>
    /// Builds the points: a full grid over each factor's values (given, or <c>steps</c> evenly spaced from min to max),
    /// or a Latin hypercube of <c>points</c> over the ranges, seeded by the master seed. Whole-number parameters are rounded.
    /// </summary>
    public static SweepDesign From(SweepSpec spec, ulong seed)
    {
        double[][] points;
        if (spec.Design == "latin_hypercube")
        {
            var unit = LatinHypercube.Sample(spec.Points, spec.Factors.Count, seed);
            points = [.. unit.Select(u => spec.Factors.Select((f, i) => Round(f, f.Min + u[i] * (f.Max - f.Min))).ToArray())];
        }
        else
        {
            var values = spec.Factors.Select(f => (IReadOnlyList<double>)(f.Values ?? Linspace(f))).ToList();
            points = FullGrid.Enumerate(values);
        }
        return new SweepDesign([.. spec.Factors.Select(f => f.Path)], points, spec.Replications);
    }

    /// <summary>The --set overrides that put the scenario at point <paramref name="point"/>.</summary>
    public IReadOnlyList<string> Overrides(int point) =>
        [.. Factors.Select((f, i) => $"{f}={Points[point][i].ToString("R", CultureInfo.InvariantCulture)}")];

    /// <summary>
    /// A canonical JSON form, stored beside the results so --resume can check it is the same sweep; <c>"paths": true</c>
    /// is added when the sweep keeps monthly paths (a journal with paths cannot be resumed without them, nor one without).
    /// </summary>
    public string ToJson(string scenarioHash, ulong masterSeed, bool paths = false) => (paths
        ? JsonSerializer.Serialize(new { scenario_hash = scenarioHash, master_seed = masterSeed, factors = Factors, points = Points, replications = Replications, paths = true },
            Indented)
        : JsonSerializer.Serialize(new { scenario_hash = scenarioHash, master_seed = masterSeed, factors = Factors, points = Points, replications = Replications }, Indented))
        + "\n";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static double[] Linspace(SweepFactor f) =>
        [.. Enumerable.Range(0, f.Steps).Select(i => Round(f, f.Min + (f.Max - f.Min) * i / (f.Steps - 1))).Distinct()];

    private static double Round(SweepFactor f, double x) => f.Integer ? Math.Round(x) : x;
}
