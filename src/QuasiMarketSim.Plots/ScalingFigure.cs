using ScottPlot;

namespace QuasiMarketSim.Plots;

/// <summary>
/// Cost per patient-tick against population size (log scale) on one and two threads: a flat line is a cost linear in
/// population. Read from a `quasim bench --out` folder (scaling.csv).
/// </summary>
public static class ScalingFigure
{
    /// <summary>The scaling figure of a bench folder.</summary>
    public static Plot Create(ResultsFolder folder)
    {
        var csv = Csv.Read(folder.Combine("scaling.csv"));
        var sizes = csv.Rows.Select(r => Math.Log10(csv.Number(r, "patients"))).ToArray();
        var plot = new Plot();
        string[] columns = ["ns_per_patient_tick_1_thread", "ns_per_patient_tick_2_threads"];
        string[] names = ["this machine's kernel, 1 thread", "this machine's kernel, 2 threads"];
        for (var i = 0; i < columns.Length; i++)
        {
            var line = plot.Add.Scatter(sizes, [.. csv.Rows.Select(r => csv.Number(r, columns[i]))]);
            line.Color = Palette.At(i);
            line.LineWidth = 2;
            line.MarkerSize = 9;
            line.LegendText = names[i];
        }
        var top = csv.Rows.Max(r => Math.Max(csv.Number(r, columns[0]), csv.Number(r, columns[1])));
        // With --instruction-sets, each set's two-thread cost as a dashed line, so the machine's own kernel is read
        // against the others (AVX2 laptops, 128-bit ARM64, scalar).
        if (File.Exists(folder.Combine("instruction-sets.csv")))
        {
            var sets = Csv.Read(folder.Combine("instruction-sets.csv"));
            var setNames = sets.Rows.Select(r => sets.Text(r, "instruction_set")).Distinct().ToList();
            for (var i = 0; i < setNames.Count; i++)
            {
                var rows = sets.Rows.Where(r => sets.Text(r, "instruction_set") == setNames[i]).ToList();
                var line = plot.Add.Scatter(rows.Select(r => Math.Log10(sets.Number(r, "patients"))).ToArray(),
                    rows.Select(r => sets.Number(r, "ns_per_patient_tick_2_threads")).ToArray());
                line.Color = Palette.At(columns.Length + i);
                line.LinePattern = LinePattern.Dashed;
                line.LineWidth = 2;
                line.MarkerSize = 6;
                line.LegendText = $"{setNames[i]}, 2 threads";
                top = Math.Max(top, rows.Max(r => sets.Number(r, "ns_per_patient_tick_2_threads")));
            }
        }
        // Decades as ticks, labelled in words, since ScottPlot draws linear axes.
        var decades = Enumerable.Range((int)Math.Floor(sizes.Min()), (int)Math.Ceiling(sizes.Max()) - (int)Math.Floor(sizes.Min()) + 1).ToArray();
        plot.Axes.Bottom.SetTicks([.. decades.Select(d => (double)d)], [.. decades.Select(Label)]);
        plot.Axes.SetLimitsY(0, top * 1.15);
        plot.Title("Whole model tick: cost per patient by population size");
        plot.XLabel("patients (log scale)");
        plot.YLabel("ns per patient-tick (flat = linear in population)");
        plot.ShowLegend(Alignment.UpperRight);
        TimeSeriesFigure.Style(plot);
        return plot;
    }

    private static string Label(int decade) => decade switch
    {
        3 => "1k",
        4 => "10k",
        5 => "100k",
        6 => "1M",
        7 => "10M",
        8 => "100M",
        9 => "1B",
        _ => $"1e{decade}",
    };
}
