namespace QuasiMarketSim.Experiments.Execution;

/// <summary>
/// Where an experiment's units run: on this machine's threads (<see cref="LocalExecutor"/>), from a results store
/// other processes filled (<see cref="StoreExecutor"/>), or on a cluster (QuasiMarketSim.Cluster). Whichever runs
/// them, each finished unit is handed back through the same callback, so the outputs assembled from them are the same bytes.
/// </summary>
public interface IUnitExecutor
{
    /// <summary>
    /// Runs (or gathers) the units <paramref name="todo"/> of <paramref name="work"/> whose outputs go to
    /// <paramref name="outputDirectory"/> (a full path), with up to <paramref name="concurrency"/> at once locally.
    /// Calls <paramref name="completed"/>(unit, result) for each, serialised, in any order.
    /// </summary>
    void Run(IUnitWork work, string outputDirectory, IReadOnlyList<int> todo, int concurrency, Action<int, string> completed, CancellationToken cancellation);
}
