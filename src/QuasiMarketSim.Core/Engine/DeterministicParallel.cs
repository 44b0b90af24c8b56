namespace QuasiMarketSim.Core.Engine;

/// <summary>
/// Runs a loop over [0, count) in fixed blocks. The blocks are the same whatever the thread count, and
/// each block writes only its own outputs, so results are identical at 1 or N threads.
/// </summary>
public static class DeterministicParallel
{
    /// <summary>
    /// Calls <paramref name="body"/>(from, to) for consecutive blocks of at most <paramref name="blockSize"/>
    /// items, on up to <paramref name="threads"/> threads.
    /// </summary>
    public static void ForBlocks(int count, int blockSize, int threads, Action<int, int> body)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        var blocks = (count + blockSize - 1) / blockSize;
        if (threads <= 1 || blocks <= 1)
        {
            for (var b = 0; b < blocks; b++)
            {
                body(b * blockSize, Math.Min(count, (b + 1) * blockSize));
            }
            return;
        }
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        Parallel.For(0, blocks, options, b => body(b * blockSize, Math.Min(count, (b + 1) * blockSize)));
    }
}
