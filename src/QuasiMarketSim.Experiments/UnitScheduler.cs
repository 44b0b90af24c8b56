using System.Collections.Concurrent;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments;

/// <summary>
/// Runs independent units of work in parallel and places each result by its index, so the outcome is the same
/// whatever the thread count and whatever order units finish in.
/// </summary>
public static class UnitScheduler
{
    /// <summary>
    /// Runs <paramref name="unit"/>(i) for each i in <paramref name="indices"/> on up to <paramref name="threads"/>
    /// threads. Indices are handed out one at a time in order, so a unit finishes at most a few places ahead of the
    /// slowest one still running. Calls <paramref name="completed"/>(i, result) as each finishes (serialised, in
    /// finishing order). On cancellation, units already finished have been reported; the exception is rethrown.
    /// </summary>
    public static void Run<T>(IReadOnlyList<int> indices, int threads, Func<int, CancellationToken, T> unit,
        Action<int, T> completed, CancellationToken cancellation)
    {
        var gate = new object();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellation };
        Parallel.ForEach(Partitioner.Create(indices, EnumerablePartitionerOptions.NoBuffering), options, i =>
        {
            var result = unit(i, cancellation);
            lock (gate) completed(i, result);
        });
    }

    /// <summary>
    /// How many runs of <paramref name="inputs"/> may go at once: <paramref name="threads"/>, or fewer when that many
    /// worlds would not fit in memory (results do not depend on it).
    /// </summary>
    public static int Concurrency(int threads, params ScenarioInput[] inputs)
    {
        var largest = inputs.Max(i => WorldSize.Of(i).EstimatedBytes);
        return (int)Math.Clamp(MachineMemory.RunLimitBytes / Math.Max(1, largest), 1, Math.Max(1, threads));
    }
}
