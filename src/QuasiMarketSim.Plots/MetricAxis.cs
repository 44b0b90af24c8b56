using ScottPlot;
using QuasiMarketSim.Core.Text;

namespace QuasiMarketSim.Plots;

/// <summary>
/// How a metric is written on a figure, as the console writes it (<see cref="ValueFormat"/>): its human label and unit
/// in the axis title, shares as percentages, money in GBP with k or M, never E-notation.
/// </summary>
public static class MetricAxis
{
    /// <summary>The axis title: "share of patients not seen (%)", "cost to commissioners (GBP per month)", "quality (0-1)".</summary>
    public static string Title(string label, string unit) => unit switch
    {
        "share" => $"{label} (%)",
        "" or "-" => label,
        _ => $"{WithoutUnitTail(label, unit)} ({unit})",
    };

    /// <summary>"unplanned admissions per 1,000" with unit "per 1,000 patients per month" is titled "unplanned admissions (per 1,000 ...)".</summary>
    private static string WithoutUnitTail(string label, string unit)
    {
        for (var i = label.IndexOf(' ', StringComparison.Ordinal); i > 0; i = label.IndexOf(' ', i + 1))
        {
            if (unit.StartsWith(label[(i + 1)..], StringComparison.Ordinal)) return label[..i];
        }
        return label;
    }

    /// <summary>A value as a tick label in <paramref name="unit"/>.</summary>
    public static string Tick(double value, string unit) => unit.StartsWith("share", StringComparison.Ordinal)
        ? (100 * value).ToString(Math.Abs(value) < 0.1 ? "0.##" : "0.#", System.Globalization.CultureInfo.InvariantCulture) + "%"
        : ValueFormat.Of(value, unit.StartsWith("GBP", StringComparison.Ordinal) ? "GBP" : unit);

    /// <summary>Tick labels in <paramref name="unit"/> on <paramref name="axis"/>.</summary>
    public static void Apply(IAxis axis, string unit) =>
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Tick(v, unit) };

    /// <summary>
    /// Keeps a single run's small wiggle from filling the figure: the visible range spans at least a tenth of the
    /// metric's natural scale (0.1 of a 0-1 index, 10 points of a share) or a fifth of its typical size.
    /// </summary>
    public static void AtLeastSensibleRange(Plot plot, string unit, IReadOnlyList<double> values)
    {
        if (values.Count == 0) return;
        var (low, high) = (values.Min(), values.Max());
        var typical = values.Select(Math.Abs).Average();
        var span = unit is "share" or "0-1" ? 0.1 : 0.2 * typical;
        if (high - low >= span || span == 0) return;
        var middle = (low + high) / 2;
        var (from, to) = (middle - span / 2, middle + span / 2);
        if (unit is "share" or "0-1")
        {
            // Keep the range inside the bounds by sliding it, not by cutting it.
            if (from < 0) (from, to) = (0, span);
            if (to > 1) (from, to) = (1 - span, 1);
        }
        else if (low >= 0 && from < 0) (from, to) = (0, span);
        plot.Axes.SetLimitsY(from - 0.05 * span, to + 0.05 * span);
    }
}
