using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace QuasiMarketSim.Cli.Tests.BadInput;

/// <summary>
/// A throwaway world for one bad-input case: a user's working folder (the process's current folder) holding their
/// own files, hostile and broken scenario files, manifests and a results folder quasim made, beside an outside
/// folder holding a secret. <see cref="Snapshot"/> records every file and folder so a case can show that nothing but
/// what it may write has changed.
/// </summary>
public sealed class Sandbox : IDisposable
{
    public const string Secret = "s3cret-value-8841";

    private static readonly Lazy<string> RunFixture = new(MakeRunFixture);

    public Sandbox()
    {
        Directory.CreateDirectory(Work);
        Directory.CreateDirectory(Outside);
        Build();
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "qms-bad-input", Guid.NewGuid().ToString("N"));

    /// <summary>The user's folder: the current folder of the process under test.</summary>
    public string Work => Path.Combine(Root, "work");

    public string Outside => Path.Combine(Root, "outside");

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    /// <summary>Every file (with its size and SHA-256, or size and time for large ones) and folder under the root.</summary>
    public SortedDictionary<string, string> Snapshot()
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var info in new DirectoryInfo(Root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var key = Path.GetRelativePath(Root, info.FullName);
            entries[key] = info switch
            {
                _ when info.LinkTarget is not null => "link " + info.LinkTarget,
                DirectoryInfo => "folder",
                FileInfo f when f.Length > 1 << 20 => $"file {f.Length} {f.LastWriteTimeUtc.Ticks}",
                FileInfo f when IsSpecial(f) => "special",
                FileInfo f => $"file {f.Length} {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f.FullName)))}",
                _ => "other",
            };
        }
        return entries;
    }

    /// <summary>Runs quasim as its own process in the working folder; returns exit code and outputs.</summary>
    public (int Code, string Out, string Err) Run(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Work };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "quasim.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"quasim {string.Join(' ', args)} did not finish in 120 s");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    private static bool IsSpecial(FileInfo f) => f.Length == 0 && f.Name == "fifo";

    private void Build()
    {
        W("mydata/thesis.txt", "Four years of my life.\n");
        W("notes.txt", "not a scenario\n");
        W("../outside/secret.json", $$"""{ "api_key": "{{Secret}}" }""");
        W("../outside/base.jsonc", """{ "name": "outside", "ticks": 2 }""");
        CopyFolder(RunFixture.Value, Path.Combine(Work, "r0"));

        W("sc/good.jsonc", """{ "extends": "baseline.jsonc", "name": "good", "ticks": 2, "warmup": 0 }""");
        W("sc/abs-passwd.jsonc", """{ "extends": "/etc/passwd" }""");
        W("sc/abs-zero.jsonc", """{ "extends": "/dev/zero" }""");
        W("sc/up.jsonc", """{ "extends": "../../outside/base.jsonc" }""");
        W("sc/secret.jsonc", """{ "extends": "../../outside/secret.json" }""");
        W("sc/no-ext.jsonc", """{ "extends": "../notes.txt" }""");
        W("sc/missing.jsonc", """{ "extends": "nothere.jsonc" }""");
        Directory.CreateDirectory(Path.Combine(Work, "sc/dir.jsonc"));
        W("sc/via-dir.jsonc", """{ "extends": "dir.jsonc" }""");
        W("sc/empty.jsonc", "");
        W("sc/blank.jsonc", "  \n\t\n");
        W("sc/comments.jsonc", "// nothing here\n/* at all */\n");
        W("sc/via-empty.jsonc", """{ "extends": "empty.jsonc" }""");
        W("sc/big.jsonc", "{ \"description\": \"" + new string('x', 2 << 20) + "\" }");
        W("sc/via-big.jsonc", """{ "extends": "big.jsonc" }""");
        W("sc/cycle-a.jsonc", """{ "extends": "cycle-b.jsonc" }""");
        W("sc/cycle-b.jsonc", """{ "extends": "cycle-a.jsonc" }""");
        W("sc/name-dots.jsonc", """{ "extends": "baseline.jsonc", "name": "../../escape" }""");
        W("sc/name-abs.jsonc", """{ "extends": "baseline.jsonc", "name": "/tmp/escape" }""");
        W("sc/name-slash.jsonc", """{ "extends": "baseline.jsonc", "name": "a/b" }""");
        W("sc/no-providers.jsonc", """
            { "extends": "baseline.jsonc", "world": { "acute_trusts": 0, "community_trusts": 0, "mental_health_trusts": 0, "voluntary_orgs": 0 } }
            """);
        W("sc/huge-world.jsonc", """
            { "extends": "baseline.jsonc", "world": { "commissioners": 5000, "practices_per_commissioner": 10000, "patients_per_practice": 10, "lots_per_line": 1000 } }
            """);
        W("sc/huge-grid.jsonc", """
            { "extends": "baseline.jsonc", "sweep": { "parameters": [
                { "path": "trust.gain_rate", "min": 0, "max": 1, "steps": 10000 },
                { "path": "trust.decay", "min": 0, "max": 1, "steps": 10000 },
                { "path": "trust.baseline", "min": 0, "max": 1, "steps": 10000 } ], "replications": 10 } }
            """);
        W("sc/huge-sobol.jsonc", """
            { "extends": "baseline.jsonc", "sensitivity": { "parameters": [
                { "path": "trust.gain_rate", "min": 0, "max": 1 }, { "path": "trust.decay", "min": 0, "max": 1 } ],
                "samples": 1000000, "replications": 100 } }
            """);
        W("sc/big-point.jsonc", """
            { "extends": "baseline.jsonc", "world": { "commissioners": 1, "practices_per_commissioner": 10000, "patients_per_practice": 100 },
              "sweep": { "parameters": [ { "path": "world.commissioners", "values": [1, 5000] } ], "replications": 2 } }
            """);
        W("sc/bad-value.jsonc", """{ "extends": "baseline.jsonc", "events": [ { "tick": "soon", "type": "structural_reform" } ] }""");
        W("sc/dup-key.jsonc", """{ "name": "a", "name": "b" }""");
        W("sc/trailing.jsonc", """{ "name": "a" } { "name": "b" }""");
        W("sc/invalid.jsonc", """{ "name": "a", """);
        W("sc/array.jsonc", "[1, 2, 3]");
        var events = new StringBuilder("{ \"extends\": \"baseline.jsonc\", \"events\": [");
        for (var i = 0; i < 40_000; i++) events.Append(i == 0 ? "" : ",").Append("{\"kind\":\"x\"}");
        W("sc/flood.jsonc", events.Append("] }").ToString());
        using (var huge = File.Create(Path.Combine(Work, "huge.jsonc"))) huge.SetLength(50L << 20);

        W("manifests/garbage/manifest.json", "this is { not json");
        W("manifests/foreign/manifest.json", """{ "hello": "world" }""");
        W("manifests/bench/manifest.json", """{ "program": "quasim", "kind": "bench", "outputs_sha256": {} }""");
        W("manifests/types/manifest.json", """{ "program": "quasim", "kind": "run", "outputs_sha256": { "ticks.csv": 5 } }""");
        W("manifests/nokind/manifest.json", """{ "program": "quasim", "outputs_sha256": {} }""");
        W("notres/readme.txt", "no results here\n");

        if (!OperatingSystem.IsWindows())
        {
            File.CreateSymbolicLink(Path.Combine(Work, "sc/link-passwd.jsonc"), "/etc/passwd");
            W("sc/via-link.jsonc", """{ "extends": "link-passwd.jsonc" }""");
            File.CreateSymbolicLink(Path.Combine(Work, "sc/loop1.jsonc"), "loop2.jsonc");
            File.CreateSymbolicLink(Path.Combine(Work, "sc/loop2.jsonc"), "loop1.jsonc");
            W("sc/via-loop.jsonc", """{ "extends": "loop1.jsonc" }""");
            File.CreateSymbolicLink(Path.Combine(Work, "sc/zero.jsonc"), "/dev/zero");
            W("sc/via-zero.jsonc", """{ "extends": "zero.jsonc" }""");
            Directory.CreateSymbolicLink(Path.Combine(Work, "sc/outlink"), Outside);
            W("sc/via-dirlink.jsonc", """{ "extends": "outlink/base.jsonc" }""");
            using var mkfifo = Process.Start("mkfifo", Path.Combine(Work, "fifo"));
            mkfifo.WaitForExit();
        }
    }

    private void W(string relative, string text)
    {
        var path = Path.GetFullPath(Path.Combine(Work, relative));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    /// <summary>A real results folder, made once by quasim itself, copied into every sandbox (removed when the tests end).</summary>
    private static string MakeRunFixture()
    {
        var parent = Path.Combine(Path.GetTempPath(), "qms-bad-input-fixture", Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(parent)) Directory.Delete(parent, recursive: true);
        };
        var folder = Path.Combine(parent, "r0");
        var code = Program.Parse(["run", RepoPaths.Scenario("baseline"), "--ticks", "3", "--out", folder, "--quiet"])
            .Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null });
        if (code != 0) throw new InvalidOperationException("could not make the results fixture");
        return folder;
    }
}
