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

    /// <summary>A row as one CSV line with its results hash: what a child bench (<c>bench --rows</c>) prints.</summary>
    public static string RowsLine(ScalingRow r) => CsvRow(r) + "," + r.ResultsHash;

    /// <summary>The row printed by <see cref="RowsLine"/>.</summary>
    public static ScalingRow FromRowsLine(string line)
    {
        var f = line.Trim().Split(',');
        if (f.Length != 8) throw new FormatException($"a bench row has 8 fields; got '{line.Trim()}'");
        double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
        return new ScalingRow(int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture), D(2), D(3), D(5), f[6] == "true")
        {
            ResultsHash = f[7],
        };
    }

    /// <summary>The header of instruction-sets.csv.</summary>
    public const string SetsCsvHeader = "patients,instruction_set,ns_per_patient_tick_1_thread,ns_per_patient_tick_2_threads,speedup,same_results_as_first";

    /// <summary>
    /// The Markdown table of the same sizes under each instruction set: ns per patient-tick on 2 threads (1 thread in
    /// brackets), and whether every set recorded the same results (bit for bit).
    /// </summary>
    public static string SetsMarkdown(IReadOnlyList<(InstructionSet Set, IReadOnlyList<ScalingRow> Rows)> sets)
    {
        var md = new StringBuilder("| patients | ").AppendJoin(" | ", sets.Select(s => s.Set.Name)).Append(" | same results |\n|---:|");
        md.Append(string.Concat(Enumerable.Repeat("---:|", sets.Count))).Append(":---:|\n");
        for (var i = 0; i < sets[0].Rows.Count; i++)
        {
            md.Append($"| {sets[0].Rows[i].Patients:N0} | ");
            md.AppendJoin(" | ", sets.Select(s => $"{N(s.Rows[i].NsPerPatientTick2, "F2")} ({N(s.Rows[i].NsPerPatientTick1, "F2")})"));
            md.Append($" | {(sets.All(s => s.Rows[i].ResultsHash == sets[0].Rows[i].ResultsHash) ? "yes" : "NO")} |\n");
        }
        return md.ToString();
    }

    /// <summary>Writes scaling.csv and scaling.md into <paramref name="folder"/> atomically (nothing half-written on failure).</summary>
    public static void Write(string folder, IReadOnlyList<ScalingRow> rows, string machine,
        IReadOnlyList<(InstructionSet Set, IReadOnlyList<ScalingRow> Rows)>? sets = null)
    {
        using var output = new AtomicDirectory(folder);
        using (var csv = new CsvWriter(output.PathOf("scaling.csv")))
        {
            csv.RawLine(CsvHeader);
            foreach (var r in rows) csv.RawLine(CsvRow(r));
        }
        var md = new StringBuilder($"# Scaling table (quasim bench)\n\nMachine: {machine}\n\n").Append(MarkdownHeader).Append('\n');
        foreach (var r in rows) md.Append(MarkdownRow(r)).Append('\n');
        if (sets is { Count: > 0 })
        {
            md.Append("\nBy instruction set: ns per patient-tick on 2 threads (1 thread in brackets), each in its own process\n\n");
            md.Append(SetsMarkdown(sets));
            using var csv = new CsvWriter(output.PathOf("instruction-sets.csv"));
            csv.RawLine(SetsCsvHeader);
            foreach (var (set, setRows) in sets)
            {
                for (var i = 0; i < setRows.Count; i++)
                {
                    var r = setRows[i];
                    csv.RawLine(CsvWriter.Line([r.Patients.ToString(CultureInfo.InvariantCulture), set.Name, R(r.NsPerPatientTick1), R(r.NsPerPatientTick2),
                        R(r.Speedup), r.ResultsHash == sets[0].Rows[i].ResultsHash ? "true" : "false"]));
                }
            }
        }
        File.WriteAllText(output.PathOf("scaling.md"), md.ToString());
        var manifest = new System.Text.Json.Nodes.JsonObject
        {
            ["program"] = "quasim",
            ["version"] = BuildInfo.Version,
            ["kind"] = "bench",
            ["machine"] = machine,
            ["patient_kernel"] = Model.Simulation.PatientKernel,
            ["outputs_sha256"] = new System.Text.Json.Nodes.JsonObject([.. Directory.GetFiles(output.WorkingPath).Select(Path.GetFileName).Where(f => !f!.StartsWith('.')).Order()
                .Select(f => KeyValuePair.Create(f!, (System.Text.Json.Nodes.JsonNode?)ResultsWriter.HashFile(output.PathOf(f!))))]),
        };
        File.WriteAllText(output.PathOf(OutputFolder.ManifestFile), manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
        output.Commit();
    }

    private static string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
