using System.Text.Json;
using QuasiMarketSim.Experiments.Statistics;
using QuasiMarketSim.Runners;
using static QuasiMarketSim.Runners.ResultsWriter;

namespace QuasiMarketSim.Experiments.Replications;

/// <summary>Writes aggregate.csv and summary.json for a <see cref="ReplicationSet"/> (which writes replications.csv itself).</summary>
public static class ReplicationWriter
{
    /// <summary>aggregate.csv (tidy): tick, metric, n, mean, sd, ci_low, ci_high (95%, Student t; on the logit scale for 0-1 quantities).</summary>
    public static void WriteAggregate(string path, ReplicationSet set)
    {
        using var csv = new CsvWriter(path);
        csv.Row(["tick", "metric", "n", "mean", "sd", "ci_low", "ci_high"]);
        var intervals = set.TickIntervals();
        for (var t = 0; t < intervals.Length; t++)
        {
            for (var m = 0; m < set.Metrics.Count; m++)
            {
                var ci = intervals[t][m];
                csv.Cell(t).Text(set.Metrics[m].Name).Cell(ci.N).Cell(ci.Mean).Cell(ci.Sd).Cell(ci.Low).Cell(ci.High).EndRow();
            }
        }
    }

    /// <summary>summary.json: per metric, the whole-run value (total for flows, mean for levels) with its 95% interval.</summary>
    public static void WriteSummary(string path, string scenario, string hash, ulong masterSeed, ReplicationSet set, JsonElement? precision)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("scenario", scenario);
        json.WriteString("scenario_hash", hash);
        json.WriteNumber("master_seed", masterSeed);
        json.WriteNumber("replications", set.Count);
        if (precision is { } p) { json.WritePropertyName("precision"); p.WriteTo(json); }
        WriteHeadlines(json, set.Metrics);
        json.WriteStartObject("metrics");
        var intervals = set.WholeRunIntervals();
        for (var m = 0; m < set.Metrics.Count; m++)
        {
            var metric = set.Metrics[m];
            json.WriteStartObject(metric.Name);
            WriteIdentity(json, metric);
            json.WriteString("whole_run", metric.IsFlow ? "total" : "mean");
            WriteInterval(json, intervals[m]);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Writes n, mean, sd, ci_low, ci_high of an interval as properties of the current object.</summary>
    public static void WriteInterval(Utf8JsonWriter json, ConfidenceInterval ci)
    {
        json.WriteNumber("n", ci.N);
        WriteNumber(json, "mean", ci.Mean);
        WriteNumber(json, "sd", ci.Sd);
        WriteNumber(json, "ci_low", ci.Low);
        WriteNumber(json, "ci_high", ci.High);
    }
}
