using System.Diagnostics;

namespace QuasiMarketSim.Cli.Tests.Commands;

/// <summary>A sweep whose process is killed outright (no chance to clean up) resumes to the same results.</summary>
public sealed class SweepKillTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "qms-kill-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "quasim.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    [Fact]
    public void Killed_sweep_resumes_to_the_same_bytes_as_an_uninterrupted_one()
    {
        Directory.CreateDirectory(_root);
        var scenario = Path.Combine(_root, "s.jsonc");
        File.WriteAllText(scenario, $$"""
            { "extends": "{{RepoPaths.CopyScenario("baseline", _root)}}", "ticks": 60,
              "sweep": { "parameters": [ { "path": "commissioning.relational_mix", "min": 0, "max": 1, "steps": 6 } ], "replications": 8 } }
            """);
        var whole = Path.Combine(_root, "whole");
        var killed = Path.Combine(_root, "killed");
        using (var p = Start("sweep", scenario, "--out", whole, "--quiet", "--threads", "2")) p.WaitForExit();

        using (var p = Start("sweep", scenario, "--out", killed, "--quiet", "--threads", "1"))
        {
            var journal = Path.Combine(killed, "sweep.journal.csv");
            var clock = Stopwatch.StartNew();
            // Wait until some runs are recorded, then kill the process without warning.
            while (clock.Elapsed < TimeSpan.FromSeconds(60) && (!File.Exists(journal) || LineCount(journal) < 6)) Thread.Sleep(20);
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
        Assert.False(File.Exists(Path.Combine(killed, "sweep.csv")), "the sweep finished before it could be killed; make it longer");
        var kept = LineCount(Path.Combine(killed, "sweep.journal.csv")) - 1;
        using (var p = Start("sweep", scenario, "--out", killed, "--resume"))
        {
            var said = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Assert.Equal(0, p.ExitCode);
            // Every complete run recorded before the kill is kept (at most one cut-off line is lost), none is run twice.
            var match = System.Text.RegularExpressions.Regex.Match(said, @"48 runs \((\d+) run now, (\d+) already done\)");
            Assert.True(match.Success, said);
            var already = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(kept >= 5, $"expected at least 5 recorded runs before the kill, found {kept}");
            Assert.InRange(already, kept - 1, kept);
            Assert.Equal(48, already + int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "sweep.csv")), File.ReadAllBytes(Path.Combine(killed, "sweep.csv")));
    }

    private static int LineCount(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var n = 0;
        while (reader.ReadLine() is not null) n++;
        return n;
    }
}
