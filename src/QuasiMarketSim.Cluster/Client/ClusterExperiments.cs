using QuasiMarketSim.Cluster.Grains;
using QuasiMarketSim.Cluster.Hosting;

namespace QuasiMarketSim.Cluster.Client;

/// <summary>What `quasim status` and `quasim cancel` ask of the cluster.</summary>
public static class ClusterExperiments
{
    /// <summary>Every experiment the cluster knows, oldest first, with its progress.</summary>
    public static async Task<IReadOnlyList<(string Id, ExperimentStatus Status)>> List(ClusterConnection connection)
    {
        var ids = await connection.Client.GetGrain<IExperimentDirectory>(IExperimentDirectory.Key).All();
        var list = new List<(string, ExperimentStatus)>();
        foreach (var id in ids) list.Add((id, await connection.Client.GetGrain<ICoordinatorGrain>(id).Status()));
        return list;
    }

    /// <summary>One experiment's progress (Known is false for an id the cluster does not know).</summary>
    public static Task<ExperimentStatus> Status(ClusterConnection connection, string id) => connection.Client.GetGrain<ICoordinatorGrain>(id).Status();

    /// <summary>Cancels an experiment; returns false when the cluster does not know it.</summary>
    public static async Task<bool> Cancel(ClusterConnection connection, string id)
    {
        var coordinator = connection.Client.GetGrain<ICoordinatorGrain>(id);
        if (!(await coordinator.Status()).Known) return false;
        await coordinator.Cancel();
        return true;
    }

    /// <summary>A one-word state for listing.</summary>
    public static string StateOf(ExperimentStatus s) => !s.Known ? "unknown"
        : s.Error is not null ? "failed"
        : s.Cancelled ? "cancelled"
        : s.Done == s.Submission!.Units ? "complete"
        : "running";
}
