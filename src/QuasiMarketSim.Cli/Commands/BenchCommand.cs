using System.CommandLine;
using System.Runtime.InteropServices;
using QuasiMarketSim.Runners.Bench;
using static QuasiMarketSim.Cli.Commands.RunCommand;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim bench [--quick]`: a scaling table of the whole model tick (ns per patient-tick, memory, thread speed-up).</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var quick = new Option<bool>("--quick") { Description = "Small sizes only (seconds; what CI runs)." };
        var sizes = new Option<int[]>("--patients") { Description = "Population sizes to time (default 10k, 100k, 1M, 10M, 50M)." };
        var command = new Command("bench", "Time the whole model tick at several population sizes on 1 and 2 threads and print a table.") { quick, sizes };
        command.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            var list = parse.GetValue(sizes) is { Length: > 0 } given ? given : parse.GetValue(quick) ? ScalingBench.Quick : ScalingBench.Full;
            o.WriteLine($"machine: {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}");
            o.WriteLine("world: the national-scale scenario grown or shrunk by areas (22 practices of about 1,515 patients each); whole model tick, wall clock");
            o.WriteLine();
            o.WriteLine("| patients | ticks timed | ns/patient-tick, 1 thread | ns/patient-tick, 2 threads | speed-up | bytes/patient | 1 vs 2 threads identical |");
            o.WriteLine("|---:|---:|---:|---:|---:|---:|:---:|");
            foreach (var r in ScalingBench.Run(list, Environment.ProcessorCount))
            {
                o.WriteLine($"| {r.Patients:N0} | {r.Ticks} | {N(r.NsPerPatientTick1, "F2")} | {N(r.NsPerPatientTick2, "F2")} | {N(r.Speedup, "F2")}x | {N(r.BytesPerPatient, "F1")} | {(r.Identical ? "yes" : "NO")} |");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
