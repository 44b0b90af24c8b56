using QuasiMarketSim.Cluster.Grains;
using QuasiMarketSim.Cluster.Hosting;
using QuasiMarketSim.Experiments.Execution;

namespace QuasiMarketSim.Cluster.Client;

/// <summary>
/// Runs an experiment's units on the cluster: submits it to its coordinator, then gathers each unit from the shared
/// output folder as a worker stores it and hands it back as the local executor would, so the outputs are the same
/// bytes. Cancelling (Ctrl-C) stops only this client: the experiment keeps running, to be collected with `--attach`.
/// </summary>
/// <param name="connection">The cluster.</param>
/// <param name="command">The submitting command as JSON (kept by the coordinator for `--attach`).</param>
/// <param name="nodes">Told the number of silos working, about once a second.</param>
/// <param name="submitted">Told the experiment's id once it is submitted.</param>
public sealed class ClusterExecutor(ClusterConnection connection, string command, Action<int>? nodes = null, Action<string>? submitted = null) : IUnitExecutor
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200), StatusEvery = TimeSpan.FromSeconds(1), GiveUpAfter = TimeSpan.FromSeconds(60),
        MissingGrace = TimeSpan.FromSeconds(10);

    /// <summary>The experiment's id once submitted.</summary>
    public string? ExperimentId { get; private set; }

    /// <inheritdoc />
    public void Run(IUnitWork work, string outputDirectory, IReadOnlyList<int> todo, int concurrency, Action<int, string> completed, CancellationToken cancellation) =>
        RunAsync(work, outputDirectory, todo, completed, cancellation).GetAwaiter().GetResult();

    private async Task RunAsync(IUnitWork work, string outputDirectory, IReadOnlyList<int> todo, Action<int, string> completed, CancellationToken cancellation)
    {
        var store = new UnitStore(outputDirectory);
        // The submitter makes the store; workers only write into it, so none recreates it after the outputs are assembled.
        var id = ExperimentIds.For(store, work);
        ExperimentId = id;
        var submission = new ExperimentSubmission(id, work.Kind, work.Spec, outputDirectory, work.Units, command, DateTime.UtcNow, AlreadyDone(work.Units, todo));
        var coordinator = connection.Client.GetGrain<ICoordinatorGrain>(id);
        await Submit(submission);
        submitted?.Invoke(id);
        var waiting = todo.ToDictionary(work.Key);
        var lastStatus = DateTime.MinValue;
        var lastAnswer = DateTime.UtcNow;
        DateTime? allDoneAt = null;
        while (waiting.Count > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var key in store.Keys().ToList())
            {
                if (waiting.Remove(key, out var unit)) completed(unit, store.TryRead(key)!);
            }
            if (waiting.Count == 0) break;
            if (DateTime.UtcNow - lastStatus > StatusEvery)
            {
                lastStatus = DateTime.UtcNow;
                try
                {
                    var status = await coordinator.Status();
                    lastAnswer = DateTime.UtcNow;
                    // In-memory state dies with the coordinator's silo: submitting again rebuilds it (done units are skipped by the workers).
                    if (!status.Known) await Submit(submission);
                    if (status.Error is { } error) throw new ClusterExperimentException($"experiment {id} failed on the cluster: {error}");
                    if (status.Cancelled) throw new ClusterExperimentException($"experiment {id} was cancelled (quasim cancel); the units done are kept in {store.Folder}");
                    nodes?.Invoke(status.Nodes);
                    // Every unit done on the cluster yet some missing here: the workers write to a folder this machine does not see.
                    allDoneAt = status.Known && status.Done == work.Units ? allDoneAt ?? DateTime.UtcNow : null;
                    if (DateTime.UtcNow - allDoneAt > MissingGrace)
                        throw new ClusterExperimentException($"the cluster ran every unit of experiment {id}, but {waiting.Count} are not in {store.Folder}: "
                            + "the output folder must be on a file system every node and the submitter share, at the same path");
                }
                catch (Exception e) when (e is not ClusterExperimentException && e is not OperationCanceledException)
                {
                    if (DateTime.UtcNow - lastAnswer > GiveUpAfter)
                        throw new ClusterUnavailableException($"{connection.Config.File}: the cluster has not answered for {GiveUpAfter.TotalSeconds:F0} s ({e.Message}); "
                            + $"reattach with quasim status --cluster {connection.Config.File} --attach {id} once it is back");
                }
            }
            await Task.Delay(Poll, cancellation);
        }
    }

    /// <summary>A flag per unit not in <paramref name="todo"/> (empty when every unit is to run).</summary>
    private static byte[] AlreadyDone(int units, IReadOnlyList<int> todo)
    {
        if (todo.Count == units) return [];
        var done = Enumerable.Repeat((byte)1, units).ToArray();
        foreach (var u in todo) done[u] = 0;
        return done;
    }

    private async Task Submit(ExperimentSubmission submission)
    {
        await connection.Client.GetGrain<ICoordinatorGrain>(submission.Id).Submit(submission);
        await connection.Client.GetGrain<IExperimentDirectory>(IExperimentDirectory.Key).Add(submission.Id);
    }
}

/// <summary>The experiment failed or was cancelled on the cluster.</summary>
public sealed class ClusterExperimentException(string message) : Exception(message);
