using System.Text.Json;
using QuasiMarketSim.Cluster.Client;
using QuasiMarketSim.Cluster.Hosting;
using QuasiMarketSim.Experiments.Comparison;
using QuasiMarketSim.Experiments.Replications;
using QuasiMarketSim.Experiments.SensitivityRuns;
using QuasiMarketSim.Experiments.Sweeps;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>
/// A sweep or replications submitted to a cluster: the request is kept by the coordinator as JSON so `quasim status --attach ID`
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
            absolute.Paths, absolute.Parquet, 0, null));
        var executor = new ClusterExecutor(connection, command, n => progress.Nodes = n, submitted);
        return absolute with { Executor = executor };
    }

    /// <summary>Replications with the cluster as their executor; tells <paramref name="submitted"/> the experiment's id.</summary>
    public static ReplicationRequest OnCluster(ReplicationRequest request, ClusterConnection connection, ProgressBar progress, Action<string> submitted)
    {
        var absolute = request with
        {
            Scenario = File.Exists(request.Scenario) ? Path.GetFullPath(request.Scenario) : request.Scenario,
            OutputDirectory = request.OutputDirectory is { } o ? Path.GetFullPath(o) : null,
        };
        var command = JsonSerializer.Serialize(new Submitted("replications", absolute.Scenario, [.. absolute.Overrides], absolute.Seed, absolute.Ticks, absolute.Threads,
            false, false, absolute.Replications, absolute.OutputDirectory));
        return absolute with { Executor = new ClusterExecutor(connection, command, n => progress.Nodes = n, submitted) };
    }

    /// <summary>A comparison with the cluster as its executor; tells <paramref name="submitted"/> the experiment's id.</summary>
    public static CompareRequest OnCluster(CompareRequest request, ClusterConnection connection, ProgressBar progress, Action<string> submitted)
    {
        var absolute = request with
        {
            ScenarioA = File.Exists(request.ScenarioA) ? Path.GetFullPath(request.ScenarioA) : request.ScenarioA,
            ScenarioB = File.Exists(request.ScenarioB) ? Path.GetFullPath(request.ScenarioB) : request.ScenarioB,
            OutputDirectory = request.OutputDirectory is { } o ? Path.GetFullPath(o) : null,
        };
        var command = JsonSerializer.Serialize(new Submitted("compare", absolute.ScenarioA, [.. absolute.OverridesA], absolute.Seed, absolute.Ticks, absolute.Threads,
            false, false, absolute.Replications, absolute.OutputDirectory, absolute.ScenarioB, [.. absolute.OverridesB]));
        return absolute with { Executor = new ClusterExecutor(connection, command, n => progress.Nodes = n, submitted) };
    }

    /// <summary>The comparison that collects the experiment submitted with <paramref name="command"/>.</summary>
    public static CompareRequest AttachCompare(string command)
    {
        var s = JsonSerializer.Deserialize<Submitted>(command) ?? throw new ArgumentException("the experiment's command is empty");
        return new CompareRequest(s.Scenario, s.Set, s.ScenarioB ?? s.Scenario, s.SetB ?? [], s.Replications, s.Seed, s.Ticks, s.Threads, s.Out);
    }

    /// <summary>A sensitivity analysis with the cluster as its executor; tells <paramref name="submitted"/> the experiment's id.</summary>
    public static SensitivityRequest OnCluster(SensitivityRequest request, ClusterConnection connection, ProgressBar progress, Action<string> submitted)
    {
        var absolute = request with
        {
            Scenario = File.Exists(request.Scenario) ? Path.GetFullPath(request.Scenario) : request.Scenario,
            OutputDirectory = request.OutputDirectory is { } o ? Path.GetFullPath(o) : null,
        };
        var command = JsonSerializer.Serialize(new Submitted("sensitivity", absolute.Scenario, [.. absolute.Overrides], absolute.Seed, absolute.Ticks, absolute.Threads,
            false, false, 0, absolute.OutputDirectory, Method: absolute.Method));
        return absolute with { Executor = new ClusterExecutor(connection, command, n => progress.Nodes = n, submitted) };
    }

    /// <summary>The sensitivity analysis that collects the experiment submitted with <paramref name="command"/>.</summary>
    public static SensitivityRequest AttachSensitivity(string command)
    {
        var s = JsonSerializer.Deserialize<Submitted>(command) ?? throw new ArgumentException("the experiment's command is empty");
        return new SensitivityRequest(s.Scenario, s.Method ?? "morris", s.Set, s.Seed, s.Ticks, s.Threads, s.Out);
    }

    /// <summary>The kind of command a submission came from ("sweep", "replications", "compare" or "sensitivity").</summary>
    public static string KindOf(string command) => (JsonSerializer.Deserialize<Submitted>(command) ?? throw new ArgumentException("the experiment's command is empty")).Command;

    /// <summary>The output folder the submitter asked for (replications), or null (a sweep's is the submission's own).</summary>
    public static string? OutputOf(string command)
    {
        try
        {
            return JsonSerializer.Deserialize<Submitted>(command)?.Out;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The replication request that collects the experiment submitted with <paramref name="command"/>.</summary>
    public static ReplicationRequest AttachReplications(string command)
    {
        var s = JsonSerializer.Deserialize<Submitted>(command) ?? throw new ArgumentException("the experiment's command is empty");
        return new ReplicationRequest(s.Scenario, s.Set, s.Replications, s.Seed, s.Ticks, Threads: s.Threads, OutputDirectory: s.Out);
    }

    /// <summary>The request to collect the experiment submitted with <paramref name="command"/> into <paramref name="outputDirectory"/> (a resume: work the submitter recorded is kept).</summary>
    public static SweepRequest Attach(string command, string outputDirectory)
    {
        var s = JsonSerializer.Deserialize<Submitted>(command) ?? throw new ArgumentException("the experiment's command is empty");
        if (s.Command != "sweep") throw new ArgumentException($"--attach: this quasim collects sweeps; the experiment is a {s.Command}");
        return new SweepRequest(s.Scenario, s.Set, s.Seed, s.Ticks, s.Threads, outputDirectory, Resume: true, s.Paths, s.Parquet);
    }

    /// <summary>What the submitter asked for (a sweep's output folder is the coordinator's, already a full path; replications' and a comparison's is Out).
    /// A comparison's A is Scenario and Set, its B ScenarioB and SetB; a sensitivity analysis has its Method (each absent from other commands' JSON).</summary>
    private sealed record Submitted(string Command, string Scenario, string[] Set, long? Seed, int? Ticks, int Threads, bool Paths, bool Parquet, int Replications, string? Out,
        string? ScenarioB = null, string[]? SetB = null, string? Method = null);
}
