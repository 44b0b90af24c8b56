using System.Text.Json;
using QuasiMarketSim.Cluster.Client;
using QuasiMarketSim.Cluster.Hosting;
using QuasiMarketSim.Experiments.Sweeps;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>
/// A sweep submitted to a cluster: the request is kept by the coordinator as JSON so `quasim status --attach ID`
/// can collect it exactly as the submitter would have (same folder, same assembly, same bytes).
/// </summary>
internal static class ClusterSweep
{
    /// <summary>The request with the cluster as its executor; tells <paramref name="submitted"/> the experiment's id.</summary>
    public static SweepRequest OnCluster(SweepRequest request, ClusterConnection connection, ProgressBar progress, Action<string> submitted)
    {
        // The scenario and folder as full paths: the command is replayed by `--attach`, perhaps from another folder.
        var absolute = request with
        {
            Scenario = File.Exists(request.Scenario) ? Path.GetFullPath(request.Scenario) : request.Scenario,
            OutputDirectory = request.OutputDirectory is { } o ? Path.GetFullPath(o) : null,
        };
        var command = JsonSerializer.Serialize(new Submitted("sweep", absolute.Scenario, [.. absolute.Overrides], absolute.Seed, absolute.Ticks, absolute.Threads,
            absolute.Paths, absolute.Parquet));
        var executor = new ClusterExecutor(connection, command, n => progress.Nodes = n, submitted);
        return absolute with { Executor = executor };
    }

    /// <summary>The request to collect the experiment submitted with <paramref name="command"/> into <paramref name="outputDirectory"/> (a resume: work the submitter recorded is kept).</summary>
    public static SweepRequest Attach(string command, string outputDirectory)
    {
        var s = JsonSerializer.Deserialize<Submitted>(command) ?? throw new ArgumentException("the experiment's command is empty");
        if (s.Command != "sweep") throw new ArgumentException($"--attach: this quasim collects sweeps; the experiment is a {s.Command}");
        return new SweepRequest(s.Scenario, s.Set, s.Seed, s.Ticks, s.Threads, outputDirectory, Resume: true, s.Paths, s.Parquet);
    }

    /// <summary>What the submitter asked for (the output folder is the coordinator's, already a full path).</summary>
    private sealed record Submitted(string Command, string Scenario, string[] Set, long? Seed, int? Ticks, int Threads, bool Paths, bool Parquet);
}
