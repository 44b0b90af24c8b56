using System.Diagnostics;
using QuasiMarketSim.Cluster.Tests.Support;

namespace QuasiMarketSim.Cluster.Tests.Cli;

/// <summary>
/// Two `quasim silo` processes on free loopback ports run a sweep submitted by a `quasim sweep --cluster` process.
/// One silo and then the client are killed outright mid-way; `quasim status --attach` collects the sweep, every
/// unit exactly once, the same bytes as a local sweep.
/// </summary>
public sealed class SiloProcessTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly List<QuasimProcess> _processes = [];

    public void Dispose()
    {
        foreach (var p in _processes) p.Dispose();
        _dir.Dispose();
    }

    private QuasimProcess Start(params string[] args)
    {
        var p = new QuasimProcess(_dir.Root, args);
        _processes.Add(p);
        return p;
    }

    private static int Stored(string output) => Directory.Exists(Path.Combine(output, "units")) ? Directory.GetFiles(Path.Combine(output, "units"), "*.unit").Length : 0;

    private static void WaitUntil(Func<bool> condition, string what, double seconds = 90)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed.TotalSeconds > seconds) throw new Xunit.Sdk.XunitException($"timed out waiting for {what}");
            Thread.Sleep(50);
        }
    }

    [Fact]
    public void A_sweep_survives_a_silo_and_its_client_killed_outright_and_reattaching_collects_the_local_bytes()
    {
        var p = Ports.Free(4);
        var cluster = _dir.Sub("cluster.json");
        File.WriteAllText(cluster, $$"""{ "membership": "localhost", "primary_port": {{p[0]}}, "gateways": [{{p[2]}}, {{p[3]}}], "probe_seconds": 1, "lease_seconds": 5 }""");
        var primary = Start("silo", "--cluster", cluster, "--port", $"{p[0]}", "--gateway-port", $"{p[2]}", "--slots", "1");
        var doomed = Start("silo", "--cluster", cluster, "--port", $"{p[1]}", "--gateway-port", $"{p[3]}", "--slots", "1");
        primary.WaitFor("silo joined");
        doomed.WaitFor("silo joined");

        const int units = 6 * 6;
        // Units long enough (about 20 ms each once compiled) that the last ones are still running when the client is
        // killed: with 24 months they finished within one 50 ms poll once the model's start-up got faster.
        var scenario = TinySweep.Scenario(_dir, points: 6, replications: 6, ticks: 240);
        var local = TinySweep.Local(scenario, _dir.Sub("local"));
        var output = _dir.Sub("cluster-out");
        var client = Start("sweep", scenario, "--cluster", cluster, "--out", output);
        var id = client.WaitFor("submitted as experiment").Split(' ')[3].TrimEnd(':');

        WaitUntil(() => Stored(output) >= 4, "4 units stored");
        doomed.KillHard();
        var afterSiloKill = Stored(output);
        // More units stored after the kill mean the coordinator answers again (if it lived on the killed silo, the client submitted it again).
        WaitUntil(() => Stored(output) >= afterSiloKill + 3, "3 more units after the silo was killed");
        client.KillHard();
        Assert.True(Stored(output) < units, "the sweep finished before the client could be killed; make it longer");

        var attach = Start("status", "--cluster", cluster, "--attach", id);
        Assert.True(attach.WaitForExit() == 0, attach.Output + "\n--- client:\n" + client.Output + "\n--- primary silo:\n" + primary.Output);
        Assert.Contains($"sweep complete: {units} runs", attach.Output, StringComparison.Ordinal);
        TinySweep.AssertSameOutputs(local, output);
        // Every unit exactly once: one row per (point, replication), no unit store left behind.
        var rows = File.ReadAllLines(Path.Combine(output, "sweep.csv")).Skip(1).Select(l => string.Join(',', l.Split(',').Take(2))).ToList();
        Assert.Equal(units, rows.Distinct().Count());
        Assert.Equal(units, rows.Count);
        Assert.False(Directory.Exists(Path.Combine(output, "units")));

        var status = Start("status", "--cluster", cluster);
        Assert.Equal(0, status.WaitForExit());
        Assert.Contains(id, status.Output, StringComparison.Ordinal);
        Assert.Contains("complete", status.Output, StringComparison.Ordinal);
    }
}
