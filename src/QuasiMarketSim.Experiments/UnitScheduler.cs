namespace QuasiMarketSim.Experiments;

/// <summary>
/// Runs independent units of work in parallel and places each result by its index, so the outcome is the same
/// whatever the thread count and whatever order units finish in.
/// </summary>
public static class UnitScheduler
{
    /// <summary>
    /// Runs <paramref name="unit"/>(i) for each i in <paramref name="indices"/> on up to <paramref name="threads"/>
    /// threads. Calls <paramref name="completed"/>(i, result) as each finishes (serialised, in finishing order).
    /// On cancellation, units already finished have been reported; the exception is rethrown.
    /// </summary>
    public static void Run<T>(IReadOnlyList<int> indices, int threads, Func<int, CancellationToken, T> unit,
        Action<int, T> completed, CancellationToken cancellation)
    {
        var gate = new object();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellation };
        Parallel.ForEach(indices, options, i =>
        {
            var result = unit(i, cancellation);
            lock (gate) completed(i, result);
        });
    }
}
