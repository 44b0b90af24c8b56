using System.CommandLine;
using QuasiMarketSim.Cli;
using QuasiMarketSim.Cluster.Tests.Support;

namespace QuasiMarketSim.Cluster.Tests.Cli;

/// <summary>The Slurm-array path through the program: `sweep S --unit K --out DIR` for every K, then `sweep S --collect DIR`, gives the local bytes.</summary>
public sealed class BatchArrayTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.BuildRoot().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Every_unit_run_alone_then_collected_is_the_local_sweep()
    {
        var scenario = TinySweep.Scenario(_dir, points: 2, replications: 3);
        var local = TinySweep.Local(scenario, _dir.Sub("local"));
        var shared = _dir.Sub("shared");
        Assert.Equal(1, Run("sweep", scenario, "--collect", _dir.Sub("nothing-here")).Code);
        foreach (var k in new[] { 5, 0, 3, 1, 4, 2 }) Assert.Equal(0, Run("sweep", scenario, "--unit", $"{k}", "--out", shared).Code);
        var retry = Run("sweep", scenario, "--unit", "2", "--out", shared);
        Assert.Contains("already stored", retry.Out, StringComparison.Ordinal);
        var collected = Run("sweep", scenario, "--collect", shared);
        Assert.True(collected.Code == 0, collected.Err);
        TinySweep.AssertSameOutputs(local, shared);
        var both = Run("sweep", scenario, "--unit", "1", "--collect", shared);
        Assert.Equal(1, both.Code);
        Assert.Contains("give one", both.Err, StringComparison.Ordinal);
    }
}
