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
    /// <summary>Writes the report to <paramref name="output"/>, drawing the figures it needs.</summary>
    public static void Write(IReadOnlyList<string> folders, string output, Func<string, ParameterDoc?> parameters)
    {
        OverwriteGuard.CheckReport(output);
        var results = folders.Select(f => new ResultsFolder(f)).ToList();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">").Append(OverwriteGuard.ReportMark)
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>QuasiMarketSim report</title><style>")
            .Append("body{font-family:Georgia,serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}")
            .Append("table{border-collapse:collapse;margin:1em 0;font-size:0.92em;max-width:100%}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;")
            .Append("vertical-align:top;overflow-wrap:anywhere}th{background:#f0f0f0}img{max-width:100%;border:1px solid #ddd;margin:0.5em 0}")
            .Append("figure{margin:1.5em 0}figcaption{font-style:italic}code{background:#f5f5f5;padding:1px 4px;overflow-wrap:anywhere}.num{text-align:right}")
            .Append(".finding{font-size:1.08em}summary{cursor:pointer;font-weight:bold}")
            .Append("</style></head><body>\n");
        html.Append("<h1>QuasiMarketSim report</h1>\n");

        html.Append("<h2>The question</h2>\n");
        foreach (var r in results) html.Append($"<p><b>{E(r.Scenario)}</b> ({E(KindWords(r.Kind))}): {E(Description(r))}</p>\n");

        html.Append("<h2>Findings</h2>\n");
        foreach (var r in results) ReportFindings.Write(html, r);

        html.Append("<h2>Figures</h2>\n");
        var number = 0;
        var temp = Directory.CreateTempSubdirectory("qms-report-");
        try
        {
            foreach (var r in results)
            {
                foreach (var figure in ReportFigures.For(r))
                {
                    var png = Path.Combine(temp.FullName, $"{++number}.png");
                    figure.Plot.SavePng(png, figure.Width, figure.Height);
                    html.Append($"<figure><img alt=\"{E(figure.Caption)}\" src=\"data:image/png;base64,{Convert.ToBase64String(File.ReadAllBytes(png))}\">")
                        .Append($"<figcaption>Figure {number}. {E(figure.Caption)}</figcaption></figure>\n");
                }
            }
        }
        finally
        {
            temp.Delete(recursive: true);
        }

        html.Append("<h2>Methods</h2>\n");
        html.Append("<h3>Scenarios and what differs</h3>\n");
        WhatDiffers(html, results, parameters);
        foreach (var r in results) Varied(html, r);
        html.Append("<h3>How the figures were made</h3>\n<p>").Append(E(Methods(results))).Append("</p>\n");
        html.Append("<h3>Assumptions</h3>\n<p>Every parameter of the first scenario, with its unit, meaning and the source of its default.</p>\n");
        Assumptions(html, results[0], parameters);

        html.Append("<h3>Reproducibility</h3>\n<table><tr><th>results</th><th>manifest SHA-256</th><th>program</th><th>to reproduce</th></tr>\n");
        foreach (var r in results)
        {
            var manifest = r.Combine("manifest.json");
            var hash = File.Exists(manifest) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(manifest))) : "(no manifest)";
            var version = File.Exists(manifest) && JsonDocument.Parse(File.ReadAllText(manifest)).RootElement.TryGetProperty("version", out var v) ? v.GetString() : "";
            html.Append($"<tr><td>{E(r.Path)}</td><td><code>{hash}</code></td><td>{E(version ?? "")}</td><td><code>quasim replay {E(r.Path)}</code></td></tr>\n");
        }
        html.Append("</table>\n</body></html>\n");
        var partial = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output)) ?? ".", $".{Path.GetFileName(output)}.{Guid.NewGuid():N}.partial");
        try
        {
            File.WriteAllText(partial, html.ToString(), new UTF8Encoding(false));
            File.Move(partial, output, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static string KindWords(string kind) => kind switch
    {
        "run" => "one run",
        "replications" => "replications",
        "compare" => "a paired comparison",
        "psa" => "a probabilistic sensitivity analysis",
        "sweep" => "a parameter sweep",
        "sensitivity" => "a sensitivity analysis",
        _ => kind,
    };

    private static string Methods(IReadOnlyList<ResultsFolder> results)
    {
        var kinds = results.Select(r => r.Kind).Distinct().ToList();
        var parts = new List<string>
        {
            "Whole-run values total each monthly flow (costs, counts) over the recorded months and average each level (trust, quality, shares).",
        };
        if (kinds.Intersect(["replications", "compare", "sweep"]).Any())
            parts.Add("Intervals are 95% Student-t intervals across replications; for shares and 0-1 indices they are built on the logit scale so they stay within 0 and 1.");
        if (kinds.Contains("compare"))
            parts.Add("A comparison runs A and B with common random numbers (replication r of both uses the same seed), so the difference B - A is paired.");
        if (kinds.Contains("psa"))
            parts.Add("A probabilistic analysis draws the uncertain parameters together (Latin hypercube over their declared distributions); its intervals "
                + "are the 2.5th to 97.5th percentiles across parameter sets, and costs and QALYs are discounted at the NICE reference-case rate.");
        if (kinds.Contains("sensitivity")) parts.Add("Sensitivity indices carry bootstrap 95% intervals.");
        parts.Add("The model is described in docs/ODD.md.");
        return string.Join(" ", parts);
    }

    /// <summary>The parameters an experiment varies (a sweep's factors, a sensitivity analysis's ranges, a PSA's uncertain parameters).</summary>
    private static void Varied(StringBuilder html, ResultsFolder r)
    {
        var rows = new List<(string Path, string How)>();
        if (r.Kind == "sweep" && File.Exists(r.Combine("points.csv")))
        {
            var csv = Csv.Read(r.Combine("points.csv"));
            foreach (var f in csv.Header.Skip(1).TakeWhile(h => h != "metric"))
                rows.Add((f, "swept over " + string.Join(", ", csv.Rows.Select(x => csv.Number(x, f)).Distinct().Order().Take(12).Select(N))));
        }
        if (r.Kind == "sensitivity" && File.Exists(r.Combine("runs.csv")))
        {
            var csv = Csv.Read(r.Combine("runs.csv"));
            foreach (var f in csv.Header.Skip(2).Where(h => h.Contains('.', StringComparison.Ordinal)))
                rows.Add((f, $"varied from {N(csv.Rows.Min(x => csv.Number(x, f)))} to {N(csv.Rows.Max(x => csv.Number(x, f)))}"));
        }
        if (r.Kind == "psa" && File.Exists(r.Combine("parameters.csv")))
        {
            var csv = Csv.Read(r.Combine("parameters.csv"));
            foreach (var x in csv.Rows)
                rows.Add(((csv.Text(x, "arm").Length > 0 ? csv.Text(x, "arm") + ": " : "") + csv.Text(x, "parameter"),
                    $"{csv.Text(x, "distribution")}, mean {N(csv.Number(x, "mean"))}, sd {N(csv.Number(x, "sd"))}"));
        }
        if (rows.Count == 0) return;
        html.Append($"<details><summary>{E(r.Scenario)}: the {rows.Count} parameters the experiment varies</summary><table><tr><th>parameter</th><th>how</th></tr>\n");
        foreach (var (path, how) in rows) html.Append($"<tr><td><code>{E(path)}</code></td><td>{E(how)}</td></tr>\n");
        html.Append("</table></details>\n");
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

    private static void Assumptions(StringBuilder html, ResultsFolder r, Func<string, ParameterDoc?> parameters)
    {
        var scenarios = r.ResolvedScenarios();
        if (scenarios.Count == 0) return;
        var first = scenarios[0];
        html.Append("<details><summary>all parameters (click to open)</summary><table><tr><th>parameter</th><th>value</th><th>unit</th><th>meaning</th><th>source</th></tr>\n");
        foreach (var (path, value) in ResolvedValues.Flatten(first.Resolved))
        {
            if (parameters(path) is not { } doc) continue;
            html.Append($"<tr><td><code>{E(path)}</code></td><td class=\"num\">{E(value)}</td><td>{E(doc.Unit)}</td><td>{E(doc.Meaning)}</td><td>{E(doc.Source)}</td></tr>\n");
        }
        html.Append("</table></details>\n");
    }

    private static string Description(ResultsFolder r) => string.Join(" Compared with ", r.ResolvedScenarios().Reverse()
        .Select(s => $"{s.Name}: {(s.Resolved.TryGetProperty("description", out var d) ? d.GetString() : "")}"));

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    internal static string N(double v) => Core.Text.ValueFormat.Number(v);
}
