using System.Globalization;
using System.Text;

namespace QuasiMarketSim.Runners.Bench;

/// <summary>The scaling table as text: a Markdown table for people and a CSV (scaling.csv) for plots.</summary>
public static class ScalingTable
{
    /// <summary>The header of scaling.csv.</summary>
    public const string CsvHeader = "patients,ticks_timed,ns_per_patient_tick_1_thread,ns_per_patient_tick_2_threads,speedup,bytes_per_patient,identical";

    /// <summary>The header of the Markdown table (two lines).</summary>
    public static string MarkdownHeader =>
        "| patients | ticks timed | ns/patient-tick, 1 thread | ns/patient-tick, 2 threads | speed-up | bytes/patient | 1 vs 2 threads identical |\n" +
        "|---:|---:|---:|---:|---:|---:|:---:|";

    /// <summary>One row of the Markdown table.</summary>
    public static string MarkdownRow(ScalingRow r) =>
        $"| {r.Patients:N0} | {r.Ticks} | {N(r.NsPerPatientTick1, "F2")} | {N(r.NsPerPatientTick2, "F2")} | {N(r.Speedup, "F2")}x | {N(r.BytesPerPatient, "F1")} | {(r.Identical ? "yes" : "NO")} |";

    /// <summary>One row of scaling.csv (a <see cref="CsvWriter.Line"/>).</summary>
    public static string CsvRow(ScalingRow r) => CsvWriter.Line([
        r.Patients.ToString(CultureInfo.InvariantCulture), r.Ticks.ToString(CultureInfo.InvariantCulture),
        R(r.NsPerPatientTick1), R(r.NsPerPatientTick2), R(r.Speedup), R(r.BytesPerPatient), r.Identical ? "true" : "false"]);

    /// <summary>Writes scaling.csv and scaling.md into <paramref name="folder"/> atomically (nothing half-written on failure).</summary>
    public static void Write(string folder, IReadOnlyList<ScalingRow> rows, string machine)
    {
        using var output = new AtomicDirectory(folder);
        using (var csv = new CsvWriter(output.PathOf("scaling.csv")))
        {
            csv.RawLine(CsvHeader);
            foreach (var r in rows) csv.RawLine(CsvRow(r));
        }
        var md = new StringBuilder($"# Scaling table (quasim bench)\n\nMachine: {machine}\n\n").Append(MarkdownHeader).Append('\n');
        foreach (var r in rows) md.Append(MarkdownRow(r)).Append('\n');
        File.WriteAllText(output.PathOf("scaling.md"), md.ToString());
        var manifest = new System.Text.Json.Nodes.JsonObject
        {
            ["program"] = "quasim",
            ["version"] = BuildInfo.Version,
            ["kind"] = "bench",
            ["machine"] = machine,
            ["outputs_sha256"] = new System.Text.Json.Nodes.JsonObject
            {
                ["scaling.csv"] = ResultsWriter.HashFile(output.PathOf("scaling.csv")),
                ["scaling.md"] = ResultsWriter.HashFile(output.PathOf("scaling.md")),
            },
        };
        File.WriteAllText(output.PathOf(OutputFolder.ManifestFile), manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
        output.Commit();
    }

    private static string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
