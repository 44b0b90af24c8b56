using System.Diagnostics;
using System.Runtime.InteropServices;
using QuasiMarketSim.Runners.Bench;

namespace QuasiMarketSim.Cli.Tests;

/// <summary>
/// A run gives the same bytes under every instruction set: each is a separate process, since the runtime fixes its
/// vector width at start (AVX-512 kernel; the portable vector kernel at 256 and 128 bits; scalar). The in-process kernel
/// tests compare kernels at this process's width only, so this is the test that fails when a width diverges.
/// </summary>
public sealed class InstructionSetTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "qms-isa-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private (string Ticks, string Kernel) Run(InstructionSet set)
    {
        var folder = Path.Combine(_root, set.Name);
        // The default world (cells of 5-80 patients, so whole vector steps and scalar tails) for two years.
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "quasim.dll"));
        foreach (var a in new[] { "run", RepoPaths.Scenario("baseline"), "--ticks", "24", "--threads", "2", "--out", folder }) info.ArgumentList.Add(a);
        foreach (var (name, value) in set.Environment) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{set.Name}: exit {process.ExitCode}: {stderr}{stdout.Result}");
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        return (File.ReadAllText(Path.Combine(folder, "ticks.csv")), (string)manifest["machine"]!["patient_kernel"]!);
    }

    [Fact]
    public void Every_instruction_set_writes_the_same_ticks()
    {
        var sets = InstructionSets.OnThisMachine();
        var runs = sets.Select(s => (Set: s, Run: Run(s))).ToList();
        // Each process ran the kernel its set allows (so the comparison is between different code).
        Assert.Equal(runs.Count, runs.Select(r => r.Run.Kernel).Distinct().Count());
        Assert.Contains("scalar", runs[^1].Run.Kernel);
        if (RuntimeInformation.ProcessArchitecture == Architecture.X64) Assert.Contains(runs, r => r.Run.Kernel.StartsWith("128-bit"));
        foreach (var (set, run) in runs.Skip(1)) Assert.True(runs[0].Run.Ticks == run.Ticks, $"{set.Name} ({run.Kernel}) differs from {runs[0].Set.Name}");
    }
}
