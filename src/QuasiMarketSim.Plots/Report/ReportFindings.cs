using System.Globalization;
using System.Text;
using System.Text.Json;
using static QuasiMarketSim.Plots.Report.ReportWriter;

namespace QuasiMarketSim.Plots.Report;

/// <summary>The findings of one results folder, stated first in sentences with numbers in plain units and GBP, then as a table.</summary>
internal static class ReportFindings
{
    public static void Write(StringBuilder html, ResultsFolder r)
    {
        switch (r.Kind)
        {
            case "compare": Compare(html, r); break;
            case "psa": Psa(html, r); break;
            case "sweep": Sweep(html, r); break;
            case "sensitivity": Sensitivity(html, r); break;
            case "calibrate": CalibrationFindings(html, r, JsonDocument.Parse(File.ReadAllText(r.Combine("summary.json"))).RootElement); break;
            default: Runs(html, r); break;
        }
    }

    private static string V(ResultsFolder r, string metric, double value) => MetricAxis.Tick(value, r.WholeRunUnit(metric));

    /// <summary>A difference as the console sentence writes it: a share's in percentage points.</summary>
    private static string D(ResultsFolder r, string metric, double value) => r.Unit(metric) == "share"
        ? (100 * value).ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture) + " points"
        : V(r, metric, value);

    private static void Compare(StringBuilder html, ResultsFolder r)
    {
        var summary = JsonDocument.Parse(File.ReadAllText(r.Combine("summary.json"))).RootElement;
        html.Append($"<p class=\"finding\"><b>{E(summary.GetProperty("summary").GetString() ?? "")}</b></p>\n");
        html.Append($"<p>Paired over {summary.GetProperty("replications").GetInt32()} replications with common random numbers; whole-run values; 95% intervals.</p>\n");
        var csv = Csv.Read(r.Combine("comparison.csv"));
        html.Append("<table><tr><th>metric</th><th>unit</th><th>A</th><th>B</th><th>B - A</th><th>95% interval</th></tr>\n");
        foreach (var metric in r.Headlines)
        {
            var row = csv.Rows.FirstOrDefault(x => csv.Text(x, "metric") == metric);
            if (row is null) continue;
            html.Append($"<tr><td>{E(r.Label(metric))}</td><td>{E(r.WholeRunUnit(metric))}</td><td class=\"num\">{V(r, metric, csv.Number(row, "mean_a"))}</td>"
                + $"<td class=\"num\">{V(r, metric, csv.Number(row, "mean_b"))}</td><td class=\"num\">{D(r, metric, csv.Number(row, "difference"))}</td>"
                + $"<td class=\"num\">[{D(r, metric, csv.Number(row, "ci_low"))}, {D(r, metric, csv.Number(row, "ci_high"))}]</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void Psa(StringBuilder html, ResultsFolder r)
    {
        var summary = JsonDocument.Parse(File.ReadAllText(r.Combine("summary.json"))).RootElement;
        var sets = summary.GetProperty("parameter_sets").GetInt32();
        var comparison = summary.TryGetProperty("cost_effectiveness", out var ce);
        html.Append($"<p>{sets} parameter sets drawn from {summary.GetProperty("uncertain_parameters").GetInt32()} uncertain parameters' distributions, "
            + $"{summary.GetProperty("replications_per_set").GetInt32()} replications each; intervals hold 95% of the parameter sets.</p>\n");
        if (comparison)
        {
            var dc = ce.GetProperty("delta_cost_gbp").GetDouble();
            var dq = ce.GetProperty("delta_qalys").GetDouble();
            html.Append($"<p class=\"finding\"><b>B against A: cost to the NHS {Core.Text.ValueFormat.Money(dc)}, QALYs {dq:+0.0;-0.0} (discounted); "
                + $"{E(ce.GetProperty("quadrant").GetString() ?? "")}. At GBP 20,000 per QALY the net monetary benefit is "
                + $"{Core.Text.ValueFormat.Money(ce.GetProperty("inmb_20000").GetDouble())} and B is cost-effective in "
                + $"{100 * ce.GetProperty("p_cost_effective_20000").GetDouble():0}% of parameter sets.</b></p>\n");
        }
        var csv = Csv.Read(r.Combine("uncertainty.csv"));
        html.Append($"<table><tr><th>metric</th><th>unit</th><th>{(comparison ? "B - A" : "mean")}</th><th>95% uncertainty interval</th>"
            + $"<th>share of variance from parameters</th>{(comparison ? "<th>P(B better)</th>" : "")}</tr>\n");
        foreach (var metric in r.Headlines.Where(h => h is not ("qalys" or "nhs_cost")).Append("qalys").Append("nhs_cost"))
        {
            var row = csv.Rows.FirstOrDefault(x => csv.Text(x, "metric") == metric);
            if (row is null) continue;
            string F(string column) => comparison ? D(r, metric, csv.Number(row, column)) : V(r, metric, csv.Number(row, column));
            var share = csv.Text(row, "parameter_share") is { Length: > 0 } ps && ps != "NaN" ? $"{100 * csv.Number(row, "parameter_share"):0}%" : "n/a";
            var better = csv.Text(row, "p_b_better") is { Length: > 0 } p && p != "NaN" ? $"{double.Parse(p, System.Globalization.CultureInfo.InvariantCulture):0.00}" : "";
            html.Append($"<tr><td>{E(r.Label(metric))}</td><td>{E(r.WholeRunUnit(metric))}</td><td class=\"num\">{F("mean")}</td>"
                + $"<td class=\"num\">[{F("ui_low")}, {F("ui_high")}]</td><td class=\"num\">{share}</td>{(comparison ? $"<td class=\"num\">{better}</td>" : "")}</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void Sweep(StringBuilder html, ResultsFolder r)
    {
        var csv = Csv.Read(r.Combine("points.csv"));
        var factors = csv.Header.Skip(1).TakeWhile(h => h != "metric").ToArray();
        var points = csv.Rows.Select(x => csv.Text(x, "point")).Distinct().Count();
        html.Append($"<p><b>{E(r.Scenario)}</b>: a sweep of {points} points over {string.Join(" and ", factors.Select(f => $"<code>{E(f)}</code>"))}. "
            + "Whole-run means, each with the 95% interval of its point's replications:</p>\n<ul>\n");
        foreach (var h in SweepHighlight.Of(r)) html.Append($"<li>{E(h.Label)} ranges from {E(h.Low)} at {E(h.LowAt)} to {E(h.High)} at {E(h.HighAt)}.</li>\n");
        html.Append("</ul>\n");
    }

    private static void Sensitivity(StringBuilder html, ResultsFolder r)
    {
        var csv = Csv.Read(r.Combine("sensitivity.csv"));
        foreach (var group in csv.Rows.Where(x => csv.Text(x, "index") is "mu_star" or "total_order").GroupBy(x => csv.Text(x, "metric")))
        {
            var ranked = group.OrderByDescending(x => csv.Number(x, "value")).ToList();
            var index = csv.Text(ranked[0], "index") == "mu_star" ? "Morris mu*" : "Sobol total-order index";
            html.Append($"<p><b>{E(r.Label(group.Key))}</b> moves most with <code>{E(csv.Text(ranked[0], "factor"))}</code>. Every parameter, ranked by {index}:</p>\n")
                .Append("<table><tr><th>rank</th><th>parameter</th><th>value</th><th>95% interval</th></tr>\n");
            for (var i = 0; i < ranked.Count; i++)
            {
                var x = ranked[i];
                html.Append($"<tr><td class=\"num\">{i + 1}</td><td><code>{E(csv.Text(x, "factor"))}</code></td><td class=\"num\">{N(csv.Number(x, "value"))}</td>"
                    + $"<td class=\"num\">[{N(csv.Number(x, "ci_low"))}, {N(csv.Number(x, "ci_high"))}]</td></tr>\n");
            }
            html.Append("</table>\n");
        }
    }

    private static void Runs(StringBuilder html, ResultsFolder r)
    {
        var summary = JsonDocument.Parse(File.ReadAllText(r.Combine("summary.json"))).RootElement;
        var metrics = summary.GetProperty("metrics");
        var withIntervals = r.Kind == "replications";
        var what = withIntervals
            ? $"{summary.GetProperty("replications").GetInt32()} replications, whole-run values with 95% intervals"
            : "one run (one draw: replicate it before drawing conclusions)";
        html.Append($"<p><b>{E(r.Scenario)}</b>: {what}.</p>\n");
        html.Append("<table><tr><th>metric</th><th>unit</th><th>value</th>").Append(withIntervals ? "<th>95% interval</th>" : "").Append("</tr>\n");
        foreach (var name in r.Headlines)
        {
            if (!metrics.TryGetProperty(name, out var m)) continue;
            var total = m.TryGetProperty("total", out _) || m.TryGetProperty("kind", out var k) && k.GetString() == "flow";
            var value = !withIntervals && total ? m.GetProperty("total").GetDouble() : m.GetProperty("mean").GetDouble();
            var unit = r.WholeRunUnit(name) + (total ? "" : ", mean over the run");
            html.Append($"<tr><td>{E(r.Label(name))}</td><td>{E(unit)}</td><td class=\"num\">{V(r, name, value)}</td>");
            if (withIntervals) html.Append($"<td class=\"num\">[{V(r, name, m.GetProperty("ci_low").GetDouble())}, {V(r, name, m.GetProperty("ci_high").GetDouble())}]</td>");
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void CalibrationFindings(StringBuilder html, ResultsFolder r, JsonElement summary)
    {
        var csv = Csv.Read(r.Combine("targets.csv"));
        string Pct(string[] row, string column) => (100 * csv.Number(row, column)).ToString("0.0", CultureInfo.InvariantCulture);
        html.Append($"<p><b>{E(r.Scenario)}</b>: calibration of {summary.GetProperty("calibrated_parameters").GetInt32()} uncertain parameters, "
            + $"{summary.GetProperty("accepted").GetInt32()} of {summary.GetProperty("samples").GetInt32()} parameter sets accepted; "
            + $"{summary.GetProperty("samples_within_cutoff").GetInt32()} sets meet every fitted target within implausibility 3. Values in %.</p>\n");
        html.Append("<table><tr><th>target</th><th>role</th><th>observed [95%]</th><th>model before</th><th>model after</th><th>predictive p</th>"
            + "<th>covered</th></tr>\n");
        foreach (var row in csv.Rows)
        {
            html.Append($"<tr><td>{E(csv.Text(row, "target"))}</td><td>{E(csv.Text(row, "role").Replace('_', ' '))}</td>"
                + $"<td class=\"num\">{Pct(row, "observed")} [{Pct(row, "observed_low")}, {Pct(row, "observed_high")}]</td>"
                + $"<td class=\"num\">{Pct(row, "prior_mean")} [{Pct(row, "prior_low")}, {Pct(row, "prior_high")}]</td>"
                + $"<td class=\"num\">{Pct(row, "posterior_mean")} [{Pct(row, "posterior_low")}, {Pct(row, "posterior_high")}]</td>"
                + $"<td class=\"num\">{N(csv.Number(row, "predictive_p"))}</td><td>{E(csv.Text(row, "covered"))}</td></tr>\n");
        }
        html.Append("</table>\n");
        var informed = summary.GetProperty("informed_parameters").EnumerateArray()
            .Select(p => $"{p.GetProperty("parameter").GetString()} (posterior sd / prior sd {N(p.GetProperty("sd_ratio").GetDouble())})").ToList();
        html.Append($"<p>Parameters the targets inform: {E(informed.Count == 0 ? "none" : string.Join(", ", informed))}.</p>\n");
    }
}
