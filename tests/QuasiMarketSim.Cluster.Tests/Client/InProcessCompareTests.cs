using QuasiMarketSim.Cluster.Client;
using QuasiMarketSim.Cluster.Hosting;
using QuasiMarketSim.Cluster.Tests.Support;
using QuasiMarketSim.Experiments.Comparison;

namespace QuasiMarketSim.Cluster.Tests.Client;

/// <summary>A comparison (A, B with common seeds, B with independent seeds) run on two in-process silos is the local comparison's bytes.</summary>
public sealed class InProcessCompareTests : IAsyncLifetime
{
    private const string Change = "commissioning.relational_mix=0.2";
    private readonly TempFolder _dir = new();
    private TwoSilos _silos = null!;

    public async Task InitializeAsync() => _silos = await TwoSilos.Start(_dir);

    public async Task DisposeAsync()
    {
        await _silos.DisposeAsync();
        _dir.Dispose();
    }

    private CompareRequest Request(string scenario, string output) => new(scenario, [], scenario, [Change], 3, Threads: 2, OutputDirectory: _dir.Sub(output));

    [Fact]
    public async Task A_comparison_on_two_silos_writes_the_local_comparisons_bytes_and_removes_its_store()
    {
        var scenario = TinySweep.Scenario(_dir);
        var local = PairedComparison.Execute(Request(scenario, "local-c"));
        await using var connection = await ClusterConnection.Open(_silos.Config);
        var seen = 0;
        var r = await Task.Run(() => PairedComparison.Execute(Request(scenario, "cluster-c") with { Executor = new ClusterExecutor(connection, "{}") }, (d, _) => seen = d));
        Assert.Equal(9, seen);
        Assert.Equal(local.Sentence, r.Sentence);
        TinySweep.AssertSameOutputs(local.OutputDirectory, r.OutputDirectory);
        Assert.False(Directory.Exists(_dir.Sub(".cluster-c.units")));
    }

    [Fact]
    public async Task Quasim_compare_with_cluster_and_status_attach_write_the_local_comparisons_bytes()
    {
        var scenario = TinySweep.Scenario(_dir);
        var local = PairedComparison.Execute(Request(scenario, "local-c")).OutputDirectory;
        var output = _dir.Sub("cli-c");
        var (code, stdout, stderr) = await Task.Run(() => InProcessQuasim.Run("compare", scenario, "--set", Change, "-r", "3", "--out", output, "--cluster", _silos.File));
        Assert.True(code == 0, stderr);
        Assert.Contains($"results: {output}", stdout, StringComparison.Ordinal);
        TinySweep.AssertSameOutputs(local, output);

        // Reattaching rebuilds the comparison from the command the coordinator kept: with its folder gone, it is collected again to the same bytes.
        var id = InProcessQuasim.SubmittedId(stderr);
        Directory.Delete(output, recursive: true);
        (code, stdout, stderr) = await Task.Run(() => InProcessQuasim.Run("status", "--cluster", _silos.File, "--attach", id));
        Assert.True(code == 0, stderr);
        Assert.Contains($"results: {output}", stdout, StringComparison.Ordinal);
        TinySweep.AssertSameOutputs(local, output);
    }

    [Theory]
    [InlineData("--explain")]
    [InlineData("--psa", "4")]
    public void Compare_refuses_the_cluster_with_explain_or_psa_naming_them(params string[] option)
    {
        var (code, _, stderr) = InProcessQuasim.Run(["compare", "baseline", "transactional", .. option, "--cluster", _silos.File]);
        Assert.NotEqual(0, code);
        Assert.Contains("--cluster: runs the plain comparison on a cluster; --psa and --explain run on this machine", stderr, StringComparison.Ordinal);
    }
}
