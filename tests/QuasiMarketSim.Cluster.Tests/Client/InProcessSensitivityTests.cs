using QuasiMarketSim.Cluster.Client;
using QuasiMarketSim.Cluster.Hosting;
using QuasiMarketSim.Cluster.Tests.Support;
using QuasiMarketSim.Experiments.SensitivityRuns;

namespace QuasiMarketSim.Cluster.Tests.Client;

/// <summary>A sensitivity analysis (design points x replications) run on two in-process silos is the local analysis's bytes.</summary>
public sealed class InProcessSensitivityTests : IAsyncLifetime
{
    private readonly TempFolder _dir = new();
    private TwoSilos _silos = null!;

    public async Task InitializeAsync() => _silos = await TwoSilos.Start(_dir);

    public async Task DisposeAsync()
    {
        await _silos.DisposeAsync();
        _dir.Dispose();
    }

    /// <summary>Two factors over a few months: Morris 3 trajectories x 3 points x 2 replications, Sobol 4 samples x 4 rows x 2.</summary>
    private string Scenario()
    {
        var path = _dir.Sub("tiny-sensitivity.jsonc");
        File.WriteAllText(path, $$"""
            { "extends": "{{RepoPaths.CopyScenario("baseline", _dir.Root)}}", "ticks": 6, "warmup": 0,
              "sensitivity": { "parameters": [ { "path": "commissioning.relational_mix", "min": 0, "max": 1 },
                                               { "path": "staff.poaching_rate", "min": 0, "max": 0.01 } ],
                               "trajectories": 3, "levels": 4, "samples": 4, "replications": 2, "metrics": ["trust_mean", "tc_share_of_spend"] } }
            """);
        return path;
    }

    [Theory]
    [InlineData("morris", 18)]
    [InlineData("sobol", 32)]
    public async Task An_analysis_on_two_silos_writes_the_local_analysis_bytes_and_removes_its_store(string method, int runs)
    {
        var scenario = Scenario();
        var local = SensitivityExperiment.Execute(new SensitivityRequest(scenario, method, [], Threads: 2, OutputDirectory: _dir.Sub("local-s")));
        await using var connection = await ClusterConnection.Open(_silos.Config);
        var seen = 0;
        var r = await Task.Run(() => SensitivityExperiment.Execute(new SensitivityRequest(scenario, method, [], OutputDirectory: _dir.Sub("cluster-s"),
            Executor: new ClusterExecutor(connection, "{}")), (d, _) => seen = d));
        Assert.Equal(runs, r.Runs);
        Assert.Equal(runs, seen);
        TinySweep.AssertSameOutputs(local.OutputDirectory, r.OutputDirectory);
        Assert.False(Directory.Exists(_dir.Sub(".cluster-s.units")));
    }

    [Fact]
    public async Task Quasim_sensitivity_with_cluster_and_status_attach_write_the_local_analysis_bytes()
    {
        var scenario = Scenario();
        var local = SensitivityExperiment.Execute(new SensitivityRequest(scenario, "morris", ["sensitivity.trajectories=2"], OutputDirectory: _dir.Sub("local-s"))).OutputDirectory;
        var output = _dir.Sub("cli-s");
        var (code, stdout, stderr) = await Task.Run(() => InProcessQuasim.Run("sensitivity", scenario, "--set", "sensitivity.trajectories=2", "--out", output, "--cluster", _silos.File));
        Assert.True(code == 0, stderr);
        Assert.Contains($"12 runs; results: {output}", stdout, StringComparison.Ordinal);
        TinySweep.AssertSameOutputs(local, output);

        // Reattaching rebuilds the analysis (method and overrides too) from the command the coordinator kept.
        var id = InProcessQuasim.SubmittedId(stderr);
        Directory.Delete(output, recursive: true);
        (code, stdout, stderr) = await Task.Run(() => InProcessQuasim.Run("status", "--cluster", _silos.File, "--attach", id));
        Assert.True(code == 0, stderr);
        Assert.Contains($"12 runs; results: {output}", stdout, StringComparison.Ordinal);
        TinySweep.AssertSameOutputs(local, output);
    }
}
