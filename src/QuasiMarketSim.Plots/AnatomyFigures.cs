using System.Text.Json;
using ScottPlot;

namespace QuasiMarketSim.Plots;

/// <summary>
/// The market's anatomy at the end of a run (anatomy.json): the distribution of trust across relationships, staff
/// vacancies by category, market shares by provider kind, and how far each Bartlett-Le Grand condition holds per
/// service line, so a student sees why the market behaves as it does.
/// </summary>
public static class AnatomyFigures
{
    /// <summary>The anatomy figures of a run folder (trust, vacancies, shares, conditions), each with its file name.</summary>
    public static IReadOnlyList<(string Name, Plot Plot)> Create(ResultsFolder folder)
    {
        var json = JsonDocument.Parse(File.ReadAllText(folder.Combine("anatomy.json"))).RootElement;
        return [("anatomy-trust", Trust(folder, json)), ("anatomy-vacancies", Bars(folder, json.GetProperty("vacancies"), "staff vacancy rate by category", "vacancy rate (0-1)")),
            ("anatomy-market-shares", Bars(folder, json.GetProperty("shares"), "market shares by provider kind (patients)",
                "share of patients (0-1)")), ("anatomy-conditions", Conditions(folder, json))];
    }

    private static Plot Trust(ResultsFolder folder, JsonElement json)
    {
        var trust = json.GetProperty("trust").EnumerateArray().Select(t => t.GetDouble()).ToArray();
        var counts = new double[10];
        foreach (var t in trust) counts[Math.Min(9, (int)(t * 10))]++;
        var plot = new Plot();
        for (var b = 0; b < 10; b++)
        {
            plot.Add.Bar(new Bar { Position = b / 10.0 + 0.05, Value = counts[b], Size = 0.09, FillColor = Palette.At(0) });
        }
        plot.Title($"trust across relationships at the end: {folder.Scenario}");
        plot.XLabel("commissioner's trust in the provider (0-1)");
        plot.YLabel("relationships");
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsX(0, 1);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        TimeSeriesFigure.Style(plot);
        return plot;
    }

    private static Plot Bars(ResultsFolder folder, JsonElement values, string title, string axis)
    {
        var items = values.EnumerateObject().Select(p => (Name: p.Name.Replace('_', ' '), Value: p.Value.GetDouble())).ToList();
        var plot = new Plot();
        for (var i = 0; i < items.Count; i++)
        {
            var bar = plot.Add.Bar(position: i, value: items[i].Value);
            bar.Color = Palette.At(i);
        }
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, items.Count).Select(i => (double)i)], [.. items.Select(x => x.Name)]);
        plot.Axes.Margins(bottom: 0);
        plot.Title($"{title}: {folder.Scenario}");
        plot.YLabel(axis);
        TimeSeriesFigure.Style(plot);
        return plot;
    }

    /// <summary>One group of bars per service line, one bar per condition (1 = the condition holds fully).</summary>
    private static Plot Conditions(ResultsFolder folder, JsonElement json)
    {
        var lines = json.GetProperty("conditions").EnumerateObject().ToList();
        var conditions = lines[0].Value.EnumerateObject().Select(p => p.Name).ToList();
        var plot = new Plot();
        var width = 0.8 / conditions.Count;
        for (var l = 0; l < lines.Count; l++)
        {
            for (var c = 0; c < conditions.Count; c++)
            {
                var position = l + (c - (conditions.Count - 1) / 2.0) * width;
                var value = lines[l].Value.GetProperty(conditions[c]).GetDouble();
                var bar = plot.Add.Bar(new Bar { Position = position, Value = double.IsFinite(value) ? value : 0, Size = width * 0.9, FillColor = Palette.At(c) });
                if (l == 0) bar.LegendText = conditions[c].Replace('_', ' ');
                // A bar of height 0 cannot be seen: say it is 0 (or that there is nothing to measure).
                if (!double.IsFinite(value) || value < 0.005)
                {
                    var note = plot.Add.Text(double.IsFinite(value) ? "0" : "n/a", position, 0.01);
                    note.LabelFontSize = 11;
                    note.LabelAlignment = Alignment.LowerCenter;
                }
            }
        }
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, lines.Count).Select(i => (double)i)], [.. lines.Select(x => x.Name.Replace('_', ' '))]);
        plot.Axes.SetLimitsY(0, 1.05);
        plot.Title($"Bartlett-Le Grand conditions (1 = holds): {folder.Scenario}");
        plot.YLabel("how far the condition holds (0-1)");
        plot.ShowLegend(Edge.Bottom);
        TimeSeriesFigure.Style(plot);
        plot.Legend.FontSize = 11;
        return plot;
    }
}
