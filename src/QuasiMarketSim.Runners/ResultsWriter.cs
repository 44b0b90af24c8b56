using System.Security.Cryptography;
using System.Text.Json;
using QuasiMarketSim.Core.Recording;
using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Runners;

/// <summary>
/// Writes the files of a run. ticks.csv and summary.json depend only on (resolved scenario, seed) and are
/// byte-identical across repeats and thread counts; manifest.json also records how and where the run was made.
/// </summary>
public static class ResultsWriter
{
    /// <summary>Numbers are written in shortest round-trip form, independent of the machine's culture (<see cref="CsvWriter.Number"/>).</summary>
    public static string Format(double value) => CsvWriter.Number(value);

    /// <summary>A text cell of a CSV file, quoted (RFC 4180) when it holds a comma, a quote or a line break (<see cref="CsvWriter.Quote"/>).</summary>
    public static string Quote(string text) => CsvWriter.Quote(text);

    /// <summary>
    /// Writes a CSV file through <see cref="CsvWriter"/>: <paramref name="header"/>, then <paramref name="rows"/>, each a line made
    /// with <see cref="CsvWriter.Line"/> (cells formatted and quoted). Prefer <see cref="CsvWriter.Write"/>, which quotes for you.
    /// </summary>
    public static void WriteCsv(string path, string header, IEnumerable<string> rows)
    {
        using var csv = new CsvWriter(path);
        csv.RawLine(header);
        foreach (var row in rows) csv.RawLine(row);
    }

    /// <summary>Writes ticks.csv: a header "tick,metric,...", then one row per recorded month.</summary>
    public static void WriteTicks(string path, MetricTable table)
    {
        using var csv = new CsvWriter(path);
        csv.Row(["tick", .. table.Columns]);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            csv.Cell(r);
            foreach (var v in table.Rows[r]) csv.Cell(v);
            csv.EndRow();
        }
    }

    /// <summary>
    /// Writes areas.csv: a header "tick,area,name,metric,...", then one row per recorded month and area (the name is
    /// empty for an area no "areas" element sets).
    /// </summary>
    public static void WriteAreas(string path, AreaResults areas)
    {
        using var csv = new CsvWriter(path);
        csv.Row(["tick", "area", "name", .. areas.Metrics.Select(m => m.Name)]);
        for (var t = 0; t < areas.Ticks; t++)
        {
            for (var a = 0; a < areas.AreaCount; a++)
            {
                csv.Cell((long)t).Cell((long)a).Text(areas.Names[a]);
                foreach (var v in areas.Row(t, a)) csv.Cell(v);
                csv.EndRow();
            }
        }
    }

    /// <summary>
    /// Writes summary.json: per metric its unit and end-of-run and whole-run aggregates; with <paramref name="areas"/>,
    /// also an "areas" block holding the same aggregates of each area's metrics.
    /// </summary>
    public static void WriteSummary(string path, string scenario, string scenarioHash, ulong seed, int ticks,
        IReadOnlyList<(MetricInfo Metric, MetricSummary Summary)> summary, IReadOnlyList<AreaSummary>? areas = null)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("scenario", scenario);
        json.WriteString("scenario_hash", scenarioHash);
        json.WriteNumber("seed", seed);
        json.WriteNumber("ticks", ticks);
        WriteHeadlines(json, [.. summary.Select(s => s.Metric)]);
        WriteMetrics(json, summary);
        if (areas is not null)
        {
            json.WriteStartArray("areas");
            foreach (var area in areas)
            {
                json.WriteStartObject();
                json.WriteNumber("area", area.Area);
                if (area.Name.Length > 0) json.WriteString("name", area.Name);
                else json.WriteNull("name");
                WriteMetrics(json, area.Metrics);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary>Writes "metrics": for each metric its identity and aggregates.</summary>
    private static void WriteMetrics(Utf8JsonWriter json, IReadOnlyList<(MetricInfo Metric, MetricSummary Summary)> summary)
    {
        json.WriteStartObject("metrics");
        foreach (var (metric, s) in summary)
        {
            json.WriteStartObject(metric.Name);
            WriteIdentity(json, metric);
            WriteNumber(json, "final", s.Final);
            WriteNumber(json, "mean", s.Mean);
            WriteNumber(json, "min", s.Min);
            WriteNumber(json, "max", s.Max);
            if (s.Total is { } total) WriteNumber(json, "total", total);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes "headlines": the headline metrics (<see cref="MetricCatalog.Headlines"/>) among <paramref name="metrics"/>,
    /// in order, so whatever reads the results (figures, the report, other tools) reports the same ones.
    /// </summary>
    public static void WriteHeadlines(Utf8JsonWriter json, IReadOnlyList<MetricInfo> metrics)
    {
        json.WriteStartArray("headlines");
        foreach (var h in MetricCatalog.Headlines.Where(h => metrics.Any(m => m.Name == h.Name))) json.WriteStringValue(h.Name);
        json.WriteEndArray();
    }

    /// <summary>Writes a "metrics" object holding each metric's identity (label, unit, kind, better direction), for summaries of experiments.</summary>
    public static void WriteMetricIdentities(Utf8JsonWriter json, IEnumerable<MetricInfo> metrics)
    {
        json.WriteStartObject("metrics");
        foreach (var m in metrics)
        {
            json.WriteStartObject(m.Name);
            WriteIdentity(json, m);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>Writes a metric's label, unit, kind and better direction (when it has one) as properties of the current object.</summary>
    public static void WriteIdentity(Utf8JsonWriter json, MetricInfo metric)
    {
        json.WriteString("label", metric.Label);
        json.WriteString("unit", metric.Unit);
        json.WriteString("kind", metric.Kind.ToString().ToLowerInvariant());
        if (metric.Better != 0) json.WriteString("better", metric.Better > 0 ? "higher" : "lower");
    }

    /// <summary>Lowercase hex SHA-256 of a file.</summary>
    public static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Writes a JSON number, or its text ("NaN", "Infinity") when it is not finite, which JSON cannot hold.</summary>
    public static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value)) json.WriteNumber(name, value);
        else json.WriteString(name, Format(value));
    }
}
