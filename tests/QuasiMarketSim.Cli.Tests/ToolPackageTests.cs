using System.Diagnostics;
using System.IO.Compression;

namespace QuasiMarketSim.Cli.Tests;

/// <summary>
/// `dotnet pack` makes the quasim tool (README "Install as a tool"): a pointer package naming one package per platform,
/// each holding the program, the shipped scenarios and that platform's natives only, with no debug symbols; installed
/// from them, `quasim run baseline` works from any folder. Packs and installs for real, so it is slow (minutes).
/// </summary>
[Trait("Category", "Slow")]
public sealed class ToolPackageTests : IDisposable
{
    private static readonly string[] Platforms = ["linux-x64", "linux-arm64", "osx-x64", "osx-arm64", "win-x64"];
    private readonly string _root = Path.Combine(Path.GetTempPath(), "qms-tool-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Packed_tool_holds_the_scenarios_and_only_its_platforms_natives_and_runs_from_any_folder()
    {
        var packages = Path.Combine(_root, "pkg");
        Dotnet(RepoPaths.Root, "pack", Path.Combine(RepoPaths.Root, "src", "QuasiMarketSim.Cli"), "-c", "Release", "-o", packages);

        using (var pointer = ZipFile.OpenRead(Package(packages, "")))
        {
            var settings = new StreamReader(pointer.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open()).ReadToEnd();
            Assert.Contains("<Command Name=\"quasim\"", settings, StringComparison.Ordinal);
            foreach (var rid in Platforms) Assert.Contains($"Id=\"QuasiMarketSim.{rid}\"", settings, StringComparison.Ordinal);
        }

        var shipped = Directory.GetFiles(Path.Combine(RepoPaths.Root, "scenarios"), "*.json*").Select(Path.GetFileName).Order().ToList();
        foreach (var rid in Platforms)
        {
            var path = Package(packages, rid + ".");
            using var package = ZipFile.OpenRead(path);
            var files = package.Entries.Select(e => e.FullName).Where(f => f.StartsWith("tools/", StringComparison.Ordinal)).ToList();
            var root = $"tools/net10.0/{rid}/";
            Assert.All(files, f => Assert.StartsWith(root, f, StringComparison.Ordinal));
            Assert.Contains(root + "quasim.dll", files);
            Assert.Equal(shipped, files.Where(f => f.StartsWith(root + "scenarios/", StringComparison.Ordinal)).Select(Path.GetFileName).Order().ToList());
            Assert.DoesNotContain(files, f => f.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(files, f => f.Contains("/runtimes/", StringComparison.Ordinal));
            // Natives for this platform only: libSkiaSharp and libHarfBuzzSharp once each, with this platform's extension.
            var natives = files.Where(f => Path.GetFileName(f).StartsWith("lib", StringComparison.Ordinal)).ToList();
            var extension = rid.StartsWith("win", StringComparison.Ordinal) ? ".dll" : rid.StartsWith("osx", StringComparison.Ordinal) ? ".dylib" : ".so";
            Assert.Equal([root + "libHarfBuzzSharp" + extension, root + "libSkiaSharp" + extension], natives.Order(StringComparer.Ordinal).ToList());
            // A guard against bloat (a package with every platform's natives and symbols was 188 MB): 14.5-17.2 MB since
            // the cluster's Orleans and Redis client and the explorer joined the program.
            Assert.InRange(new FileInfo(path).Length, 1_000_000, 25_000_000);
        }

        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64) return;
        var tools = Path.Combine(_root, "tools");
        Dotnet(_root, "tool", "install", "--tool-path", tools, "--add-source", packages, "QuasiMarketSim");
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        var output = Run(Path.Combine(tools, "quasim"), elsewhere, "run", "baseline", "--ticks", "12", "--out", Path.Combine(_root, "x"));
        Assert.Contains("results:", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_root, "x", "ticks.csv")));
    }

    /// <summary>The one package QuasiMarketSim.PLATFORM.VERSION.nupkg (<paramref name="platform"/> "": the pointer package).</summary>
    private static string Package(string folder, string platform) =>
        Directory.GetFiles(folder, "*.nupkg").Single(f =>
            System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(f), $@"^QuasiMarketSim\.{platform.Replace(".", @"\.", StringComparison.Ordinal)}[0-9]"));

    private static void Dotnet(string workingDirectory, params string[] args) => Run("dotnet", workingDirectory, args);

    private static string Run(string program, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}\n{stdout}\n{stderr.Result}");
        return stdout;
    }
}
