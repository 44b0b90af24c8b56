using System.Runtime.CompilerServices;

namespace QuasiMarketSim.Core.Engine;

/// <summary>
/// A fixed team of threads that runs a loop in blocks, allocation-free: the same threads serve every tick, and
/// blocks are claimed with an interlocked counter. Blocks are fixed by count and size, never by thread count, and
/// each block writes only its own outputs, so results are identical at any thread count.
/// </summary>
public sealed class BlockWorkers : IDisposable
{
    private readonly Thread[] _helpers;
    private readonly SemaphoreSlim _start = new(0);
    private readonly CountdownEvent _finished = new(1);
    private Action<int, int>? _body;
    private int _count, _blockSize, _blocks, _next;
    private Exception? _failure;
    private volatile bool _disposed;

    /// <summary>Creates a team of <paramref name="threads"/> (the caller's thread counts as one).</summary>
    public BlockWorkers(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        Threads = threads;
        _helpers = new Thread[threads - 1];
        for (var i = 0; i < _helpers.Length; i++)
        {
            _helpers[i] = new Thread(HelperLoop) { IsBackground = true, Name = $"quasim-worker-{i + 1}" };
            _helpers[i].Start();
        }
    }

    /// <summary>Threads in the team, the caller's included.</summary>
    public int Threads { get; }

    /// <summary>
    /// Calls <paramref name="body"/>(from, to) for consecutive blocks of at most <paramref name="blockSize"/> items of
    /// [0, <paramref name="count"/>) and returns when all are done. Pass a cached delegate to allocate nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ForBlocks(int count, int blockSize, Action<int, int> body)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var blocks = (count + blockSize - 1) / blockSize;
        if (_helpers.Length == 0 || blocks <= 1)
        {
            for (var b = 0; b < blocks; b++) body(b * blockSize, Math.Min(count, (b + 1) * blockSize));
            return;
        }
        _body = body;
        _count = count;
        _blockSize = blockSize;
        _blocks = blocks;
        _next = 0;
        _failure = null;
        _finished.Reset(_helpers.Length);
        _start.Release(_helpers.Length);
        WorkCatching();
        _finished.Wait();
        _body = null;
        if (_failure is { } failure) throw new AggregateException(failure);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Work()
    {
        int b;
        while ((b = Interlocked.Increment(ref _next) - 1) < _blocks)
        {
            _body!(b * _blockSize, Math.Min(_count, (b + 1) * _blockSize));
        }
    }

    /// <summary>Works through blocks; a failure is recorded, block hand-out stops, and the caller rethrows after all threads are done.</summary>
    private void WorkCatching()
    {
        try
        {
            Work();
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
            Interlocked.Exchange(ref _next, int.MaxValue / 2);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void HelperLoop()
    {
        while (true)
        {
            _start.Wait();
            if (_disposed) return;
            try
            {
                WorkCatching();
            }
            finally
            {
                _finished.Signal();
            }
        }
    }

    /// <summary>Stops the helper threads.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (_helpers.Length > 0) _start.Release(_helpers.Length);
        foreach (var t in _helpers) t.Join();
        _start.Dispose();
        _finished.Dispose();
    }
}
