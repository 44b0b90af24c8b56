namespace QuasiMarketSim.Plots.Report;

/// <summary>Where one metric of a sweep is lowest and highest: the points and their whole-run means with 95% intervals.</summary>
/// <param name="Label">The metric's label.</param>
/// <param name="Low">The lowest mean, "value [low, high]" in the metric's unit.</param>
/// <param name="LowAt">The parameter values of that point ("relational_mix 0, capacity_per_cycle 8").</param>
/// <param name="High">The highest mean.</param>
/// <param name="HighAt">The parameter values of that point.</param>
public sealed record SweepHighlight(string Label, string Low, string LowAt, string High, string HighAt)
{
    /// <summary>The sweep's main finding for each headline metric, read from points.csv (what `quasim sweep` prints and the report states).</summary>
    public static IReadOnlyList<SweepHighlight> Of(ResultsFolder r)
    {
        var csv = Csv.Read(r.Combine("points.csv"));
        var factors = csv.Header.Skip(1).TakeWhile(h => h != "metric").ToArray();
        var list = new List<SweepHighlight>();
        foreach (var metric in r.Headlines)
        {
            var rows = csv.Rows.Where(x => csv.Text(x, "metric") == metric).ToList();
            if (rows.Count == 0) continue;
            var unit = r.WholeRunUnit(metric);
            string At(string[] row) => string.Join(", ", factors.Select(f => $"{f.Split('.').Last()} {Core.Text.ValueFormat.Number(csv.Number(row, f))}"));
            string Of(string[] row) =>
                $"{MetricAxis.Tick(csv.Number(row, "mean"), unit)} [{MetricAxis.Tick(csv.Number(row, "ci_low"), unit)}, {MetricAxis.Tick(csv.Number(row, "ci_high"), unit)}]";
            var (low, high) = (rows.MinBy(x => csv.Number(x, "mean"))!, rows.MaxBy(x => csv.Number(x, "mean"))!);
            list.Add(new(r.Label(metric), Of(low), At(low), Of(high), At(high)));
        }
        return list;
    }
}
