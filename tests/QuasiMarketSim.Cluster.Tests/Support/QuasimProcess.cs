using System.Collections.Concurrent;
using System.Diagnostics;

namespace QuasiMarketSim.Cluster.Tests.Support;

/// <summary>A `quasim` child process (the program built beside the tests) whose output lines are collected as they come.</summary>
internal sealed class QuasimProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    public QuasimProcess(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "quasim.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output => string.Join("\n", _lines);

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Waits until a line contains <paramref name="text"/>; returns that line (fails the test after <paramref name="seconds"/>).</summary>
    public string WaitFor(string text, double seconds = 60)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            if (_lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line) return line;
            if (_process.HasExited) break;
            Thread.Sleep(50);
        }
        throw new Xunit.Sdk.XunitException($"no line with '{text}' after {clock.Elapsed.TotalSeconds:F0} s; output:\n{Output}");
    }

    /// <summary>Waits for the process to end; returns its exit code (fails the test after <paramref name="seconds"/>).</summary>
    public int WaitForExit(double seconds = 120)
    {
        if (!_process.WaitForExit(TimeSpan.FromSeconds(seconds))) throw new Xunit.Sdk.XunitException($"still running after {seconds} s; output:\n{Output}");
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>kill -9: no chance to leave the cluster or close anything.</summary>
    public void KillHard()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        try
        {
            KillHard();
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }
        _process.Dispose();
    }
}
