using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace QuasiMarketSim.Plots.Report;

/// <summary>
/// One self-contained HTML report for one or more results folders (figures embedded, no network needed): the
/// question, the scenarios and what differs between them, the headline findings with intervals, the figures, the
/// assumptions (every parameter with its source), and how to reproduce it.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes the report to <paramref name="output"/>, drawing any missing figures first.</summary>
    public static void Write(IReadOnlyList<string> folders, string output, Func<string, ParameterDoc?> parameters)
    {
        OverwriteGuard.CheckReport(output);
        var results = folders.Select(f => new ResultsFolder(f)).ToList();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">").Append(OverwriteGuard.ReportMark).Append("<title>QuasiMarketSim report</title><style>")
            .Append("body{font-family:Georgia,serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}")
            .Append("table{border-collapse:collapse;margin:1em 0;font-size:0.92em}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}")
            .Append("th{background:#f0f0f0}img{max-width:100%;border:1px solid #ddd;margin:0.5em 0}code{background:#f5f5f5;padding:1px 4px}.num{text-align:right}")
            .Append("</style></head><body>\n");
        html.Append("<h1>QuasiMarketSim report</h1>\n");

        html.Append("<h2>The question</h2>\n");
        foreach (var r in results) html.Append($"<p><b>{E(r.Scenario)}</b> ({E(r.Kind)}): {E(Description(r))}</p>\n");

        html.Append("<h2>Scenarios and what differs</h2>\n");
        WhatDiffers(html, results, parameters);

        html.Append("<h2>Findings</h2>\n");
        foreach (var r in results) Findings(html, r);

        html.Append("<h2>Figures</h2>\n");
        foreach (var r in results)
        {
            var figures = Directory.Exists(r.Combine("figures")) && Directory.GetFiles(r.Combine("figures"), "*.png").Length > 0
                ? Directory.GetFiles(r.Combine("figures"), "*.png").Order(StringComparer.Ordinal).ToList()
                : [.. FigureWriter.Write(r.Path, [], "png")];
            foreach (var png in figures)
            {
                html.Append($"<figure><img alt=\"{E(Path.GetFileNameWithoutExtension(png))}\" src=\"data:image/png;base64,{Convert.ToBase64String(File.ReadAllBytes(png))}\">")
                    .Append($"<figcaption>{E(r.Scenario)}: {E(Path.GetFileNameWithoutExtension(png).Replace('_', ' '))}</figcaption></figure>\n");
            }
        }

        html.Append("<h2>Assumptions</h2>\n<p>Every parameter of the first scenario, with its unit, meaning and the source of its default.</p>\n");
        Assumptions(html, results[0], parameters);

        html.Append("<h2>Reproducibility</h2>\n<table><tr><th>results</th><th>manifest SHA-256</th><th>program</th><th>to reproduce</th></tr>\n");
        foreach (var r in results)
        {
            var manifest = r.Combine("manifest.json");
            var hash = File.Exists(manifest) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(manifest))) : "(no manifest)";
            var version = File.Exists(manifest) && JsonDocument.Parse(File.ReadAllText(manifest)).RootElement.TryGetProperty("version", out var v) ? v.GetString() : "";
            html.Append($"<tr><td>{E(r.Path)}</td><td><code>{hash}</code></td><td>{E(version ?? "")}</td><td><code>quasim replay {E(r.Path)}</code></td></tr>\n");
        }
        html.Append("</table>\n</body></html>\n");
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output)) ?? ".", $".{Path.GetFileName(output)}.{Guid.NewGuid():N}.partial");
        try
        {
            File.WriteAllText(temp, html.ToString(), new UTF8Encoding(false));
            File.Move(temp, output, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static void WhatDiffers(StringBuilder html, List<ResultsFolder> results, Func<string, ParameterDoc?> parameters)
    {
        var scenarios = results.SelectMany(r => r.ResolvedScenarios().Select(s => (Name: s.Name, Values: ResolvedValues.Flatten(s.Resolved)))).ToList();
        var unique = scenarios.DistinctBy(s => string.Join(";", s.Values.Select(kv => kv.Key + "=" + kv.Value))).ToList();
        if (unique.Count < 2)
        {
            var only = unique[0];
            var changed = only.Values.Where(kv => parameters(kv.Key) is { } doc && doc.Default != kv.Value).ToList();
            html.Append($"<p>One scenario, <b>{E(only.Name)}</b>. Parameters set away from their defaults:</p>\n<table><tr><th>parameter</th><th>value</th><th>default</th><th>meaning</th></tr>\n");
            foreach (var (path, value) in changed)
            {
                var doc = parameters(path)!;
                html.Append($"<tr><td><code>{E(path)}</code></td><td class=\"num\">{E(value)}</td><td class=\"num\">{E(doc.Default)}</td><td>{E(doc.Meaning)}</td></tr>\n");
            }
            html.Append("</table>\n");
            return;
        }
        var keys = unique.SelectMany(s => s.Values.Keys).Distinct().Where(k => k != "name" && k != "description")
            .Where(k => unique.Select(s => s.Values.GetValueOrDefault(k, "(none)")).Distinct().Count() > 1).ToList();
        html.Append("<table><tr><th>parameter</th>").Append(string.Concat(unique.Select(s => $"<th>{E(s.Name)}</th>"))).Append("</tr>\n");
        foreach (var k in keys)
        {
            html.Append($"<tr><td><code>{E(k)}</code></td>").Append(string.Concat(unique.Select(s => $"<td class=\"num\">{E(s.Values.GetValueOrDefault(k, "(none)"))}</td>"))).Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void Findings(StringBuilder html, ResultsFolder r)
    {
        if (r.Kind == "sensitivity")
        {
            var csv = Csv.Read(r.Combine("sensitivity.csv"));
            html.Append($"<p><b>{E(r.Scenario)}</b>: sensitivity analysis; the most influential parameter for each metric (95% bootstrap "
                + $"interval):</p>\n<table><tr><th>metric</th><th>parameter</th><th>index</th><th>value</th><th>95% interval</th></tr>\n");
            foreach (var group in csv.Rows.Where(x => csv.Text(x, "index") is "mu_star" or "total_order").GroupBy(x => csv.Text(x, "metric")))
            {
                var top = group.OrderByDescending(x => csv.Number(x, "value")).First();
                html.Append($"<tr><td>{E(group.Key.Replace('_', ' '))}</td><td><code>{E(csv.Text(top, "factor"))}</code></td><td>{E(csv.Text(top, "index"))}</td><td "
                    + $"class=\"num\">{N(csv.Number(top, "value"))}</td><td class=\"num\">[{N(csv.Number(top, "ci_low"))}, {N(csv.Number(top, "ci_high"))}]</td></tr>\n");
            }
            html.Append("</table>\n");
            return;
        }
        if (r.Kind == "sweep")
        {
            var csv = Csv.Read(r.Combine("points.csv"));
            var points = csv.Rows.Select(x => csv.Text(x, "point")).Distinct().Count();
            html.Append($"<p><b>{E(r.Scenario)}</b>: a sweep of {points} points; per-point means and 95% intervals are in points.csv and the figures below.</p>\n");
            return;
        }
        var summary = JsonDocument.Parse(File.ReadAllText(r.Combine("summary.json"))).RootElement;
        if (r.Kind == "calibrate")
        {
            CalibrationFindings(html, r, summary);
            return;
        }
        if (r.Kind == "compare")
        {
            html.Append($"<p><b>{E(summary.GetProperty("summary").GetString() ?? "")}</b></p>\n<p>Paired over {summary.GetProperty("replications").GetInt32()} replications with common "
                + $"random numbers; 95% intervals.</p>\n");
            return;
        }
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
            var value = m.GetProperty("mean").GetDouble();
            // Flows are summed over the run (per month in ticks.csv, totalled in the summary), levels averaged.
            var total = m.TryGetProperty("whole_run", out var how) ? how.GetString() == "total" : m.TryGetProperty("total", out _);
            if (!withIntervals && total) value = m.GetProperty("total").GetDouble();
            var baseUnit = m.GetProperty("unit").GetString() ?? "";
            // A run's total of a monthly flow is no longer "per month".
            var unit = total ? baseUnit.Replace(" per month", "", StringComparison.Ordinal) + ", total over the run" : baseUnit + ", mean over the run";
            html.Append($"<tr><td>{E(r.Label(name))}</td><td>{E(unit)}</td><td class=\"num\">{N(value)}</td>");
            if (withIntervals) html.Append($"<td class=\"num\">[{N(m.GetProperty("ci_low").GetDouble())}, {N(m.GetProperty("ci_high").GetDouble())}]</td>");
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

    private static void Assumptions(StringBuilder html, ResultsFolder r, Func<string, ParameterDoc?> parameters)
    {
        var scenarios = r.ResolvedScenarios();
        if (scenarios.Count == 0) return;
        var first = scenarios[0];
        html.Append("<details open><summary>parameters</summary><table><tr><th>parameter</th><th>value</th><th>unit</th><th>meaning</th><th>source</th></tr>\n");
        foreach (var (path, value) in ResolvedValues.Flatten(first.Resolved))
        {
            if (parameters(path) is not { } doc) continue;
            html.Append($"<tr><td><code>{E(path)}</code></td><td class=\"num\">{E(value)}</td><td>{E(doc.Unit)}</td><td>{E(doc.Meaning)}</td><td>{E(doc.Source)}</td></tr>\n");
        }
        html.Append("</table></details>\n");
    }

    private static string Description(ResultsFolder r) => string.Join(" Compared with ", r.ResolvedScenarios().Reverse()
        .Select(s => $"{s.Name}: {(s.Resolved.TryGetProperty("description", out var d) ? d.GetString() : "")}"));

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(double v) => Core.Text.ValueFormat.Number(v);
}
