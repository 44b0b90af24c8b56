using System.Globalization;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments;

/// <summary>
/// Checks that the model can run the scenario at every point of an experiment's design before any run starts, so
/// a point beyond a limit (a world too large for memory, say) is reported up front as an input problem, not found
/// hours in.
/// </summary>
public static class DesignCheck
{
    /// <summary>Designs with more points than this are checked at their corners only (each factor's extremes, where limits are crossed).</summary>
    public const int MaxPointsCheckedInFull = 10_000;

    /// <summary>Throws <see cref="ScenarioLoadException"/> naming the point when the scenario at a point is invalid.</summary>
    public static void Validate(ScenarioTemplate template, IReadOnlyList<string> baseOverrides, IReadOnlyList<string> factors, double[][] points, string label)
    {
        var chosen = points.Length <= MaxPointsCheckedInFull ? Enumerable.Range(0, points.Length) : Corners(factors.Count, points);
        foreach (var p in chosen)
        {
            var at = factors.Select((f, i) => f + "=" + points[p][i].ToString("R", CultureInfo.InvariantCulture)).ToList();
            try
            {
                template.Load([.. baseOverrides, .. at]);
            }
            catch (ScenarioLoadException e)
            {
                throw new ScenarioLoadException([.. e.Problems.Select(x => x with { Message = $"at {label} {p} ({string.Join(", ", at)}): {x.Message}" })]);
            }
        }
    }

    private static SortedSet<int> Corners(int factors, double[][] points)
    {
        var chosen = new SortedSet<int>();
        for (var f = 0; f < factors; f++)
        {
            chosen.Add(Enumerable.Range(0, points.Length).MinBy(p => points[p][f]));
            chosen.Add(Enumerable.Range(0, points.Length).MaxBy(p => points[p][f]));
        }
        return chosen;
    }
}
