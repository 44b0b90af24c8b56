using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace QuasiMarketSim.Runners.Bench;

/// <summary>An instruction set the runtime can be told to stop at, and the variables that tell it.</summary>
/// <param name="Name">Column name: AVX-512, AVX2, 128-bit, scalar.</param>
/// <param name="Environment">The runtime's knobs for a process limited to it (empty: the machine as it is).</param>
public sealed record InstructionSet(string Name, IReadOnlyDictionary<string, string> Environment);

/// <summary>
/// The scaling bench under each instruction set this machine can run: the runtime fixes its vector width when it
/// starts, so each one is timed in a child process (this program again) started with the runtime's knobs. On .NET 10
/// <c>DOTNET_EnableAVX512=0</c> is the knob for AVX-512 (<c>DOTNET_EnableAVX512F=0</c> alone changes nothing);
/// <c>DOTNET_EnableAVX2=0</c> as well leaves 128-bit vectors, the width of NEON on ARM64;
/// <c>DOTNET_EnableHWIntrinsic=0</c> turns vectors off, leaving the scalar kernel.
/// </summary>
public static class InstructionSets
{
    /// <summary>The instruction sets this machine can run, widest first.</summary>
    public static IReadOnlyList<InstructionSet> OnThisMachine()
    {
        var sets = new List<InstructionSet>();
        if (RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86)
        {
            if (Avx512F.IsSupported) sets.Add(Set("AVX-512"));
            if (Avx2.IsSupported) sets.Add(Set("AVX2", ("DOTNET_EnableAVX512", "0")));
            sets.Add(Set("128-bit", ("DOTNET_EnableAVX512", "0"), ("DOTNET_EnableAVX2", "0")));
        }
        else sets.Add(Set("128-bit"));
        sets.Add(Set("scalar", ("DOTNET_EnableHWIntrinsic", "0")));
        return sets;
    }

    /// <summary>
    /// Times <paramref name="sizes"/> in a child process limited to <paramref name="set"/>, which prints its rows as CSV
    /// (<c>bench --rows</c>); returns them as the child finishes. <paramref name="program"/> is the program's assembly
    /// (quasim.dll), run again through this process's host.
    /// </summary>
    public static IReadOnlyList<ScalingRow> Run(InstructionSet set, IReadOnlyList<int> sizes, string program)
    {
        var info = SelfStart(program, ["bench", "--rows", .. sizes.SelectMany(n => new[] { "--patients", n.ToString(CultureInfo.InvariantCulture) })]);
        foreach (var (name, value) in set.Environment) info.Environment[name] = value;
        using var child = Process.Start(info) ?? throw new InvalidOperationException("could not start a child process for the bench");
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0) throw new InvalidOperationException($"the {set.Name} bench failed (exit {child.ExitCode}): {stderr.Trim()}");
        return [.. stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ScalingTable.FromRowsLine)];
    }

    /// <summary>
    /// The program again: through the same host when this process runs under <c>dotnet</c> (dotnet run, a tool, a test),
    /// else through the apphost beside the assembly.
    /// </summary>
    private static ProcessStartInfo SelfStart(string program, IEnumerable<string> args)
    {
        var host = System.Environment.ProcessPath ?? throw new InvalidOperationException("cannot find this program's path");
        var viaDotnet = Path.GetFileNameWithoutExtension(host) == "dotnet";
        var info = new ProcessStartInfo(viaDotnet ? host : Path.ChangeExtension(program, OperatingSystem.IsWindows() ? ".exe" : null))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        if (viaDotnet) info.ArgumentList.Add(program);
        foreach (var a in args) info.ArgumentList.Add(a);
        return info;
    }

    private static InstructionSet Set(string name, params (string Name, string Value)[] knobs) =>
        new(name, knobs.ToDictionary(k => k.Name, k => k.Value));
}
