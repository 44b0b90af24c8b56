using System.CommandLine;
using System.Runtime.InteropServices;
using QuasiMarketSim.Plots;
using QuasiMarketSim.Runners.Bench;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>
/// `quasim bench [--quick] [--out DIR] [--plot]`: a scaling table of the whole model tick (ns per patient-tick,
/// memory, thread speed-up), printed as each size finishes and optionally saved (scaling.csv, scaling.md) and drawn.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var quick = new Option<bool>("--quick") { Description = "Small sizes only (seconds; what CI runs)." };
        var sizes = new Option<int[]>("--patients") { Description = "Population sizes to time (default 10k, 100k, 1M, 10M, 50M)." };
        var output = CliOptions.Out("Save scaling.csv and scaling.md in this folder (replaced only if quasim wrote it).");
        var plot = new Option<bool>("--plot") { Description = "Also draw figures/scaling.png (saves to --out, default runs/bench)." };
        var sets = new Option<bool>("--instruction-sets")
        {
            Description = "Also time each instruction set this machine can be limited to (AVX-512, AVX2, 128-bit, scalar), each in its own process.",
        };
        // What a child of --instruction-sets prints: its rows as CSV with a hash of the results, nothing else.
        var rowsOnly = new Option<bool>("--rows") { Hidden = true };
        var command = new Command("bench", "Time the whole model tick at several population sizes on 1 and 2 threads and print a table.")
        {
            quick, sizes, output, plot, sets, rowsOnly,
        };
        command.SetAction(parse => CommandGuard.Run(parse.InvocationConfiguration.Error, null, "no table was saved.", _ =>
        {
            var o = parse.InvocationConfiguration.Output;
            var list = parse.GetValue(sizes) is { Length: > 0 } given ? given : parse.GetValue(quick) ? ScalingBench.Quick : ScalingBench.Full;
            if (list.Where(n => n is < 1_000 or > 500_000_000).Select(n => (int?)n).FirstOrDefault() is { } bad)
                throw new ArgumentException($"--patients: expected population sizes from 1,000 to 500,000,000; got {bad}");
            if (parse.GetValue(rowsOnly))
            {
                foreach (var r in ScalingBench.Run(list, Environment.ProcessorCount)) o.WriteLine(ScalingTable.RowsLine(r));
                return ExitCodes.Ok;
            }
            var folder = parse.GetValue(output) ?? (parse.GetValue(plot) ? Path.Combine("runs", "bench") : null);
            // The folder is checked before the minutes of timing, not after.
            if (folder is not null) Runners.OutputFolder.Check(folder);
            var machine = $"{RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}";
            o.WriteLine($"machine: {machine}");
            o.WriteLine($"patient kernel: {Model.Simulation.PatientKernel}");
            o.WriteLine("world: the national-scale scenario grown or shrunk by areas (22 practices of about 1,515 patients each); whole model tick, wall clock");
            o.WriteLine();
            o.WriteLine(ScalingTable.MarkdownHeader);
            var rows = new List<ScalingRow>();
            foreach (var r in ScalingBench.Run(list, Environment.ProcessorCount))
            {
                rows.Add(r);
                o.WriteLine(ScalingTable.MarkdownRow(r));
            }
            var bySet = new List<(InstructionSet Set, IReadOnlyList<ScalingRow> Rows)>();
            if (parse.GetValue(sets))
            {
                o.WriteLine();
                o.WriteLine("By instruction set: ns per patient-tick on 2 threads (1 thread in brackets), each in its own process");
                foreach (var set in InstructionSets.OnThisMachine())
                {
                    o.WriteLine($"  timing {set.Name} ...");
                    bySet.Add((set, InstructionSets.Run(set, list, typeof(BenchCommand).Assembly.Location)));
                }
                o.WriteLine();
                o.Write(ScalingTable.SetsMarkdown(bySet));
            }
            if (folder is null) return ExitCodes.Ok;
            ScalingTable.Write(folder, rows, $"{machine}; patient kernel {Model.Simulation.PatientKernel}", bySet);
            if (parse.GetValue(plot)) FigureWriter.Write(folder, [], "png");
            o.WriteLine($"results: {folder}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
