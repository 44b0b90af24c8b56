using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuasiMarketSim.Core.Engine;

namespace QuasiMarketSim.Core.Tests.Engine;

public class BlockWorkersTests
{
    private static void ForBlocks(int count, int blockSize, int threads, Action<int, int> body)
    {
        using var workers = new BlockWorkers(threads);
        workers.ForBlocks(count, blockSize, body);
    }

    [Fact]
    public void A_failing_block_is_rethrown_on_the_caller_and_the_team_stays_usable()
    {
        using var workers = new BlockWorkers(3);
        var e = Assert.Throws<AggregateException>(() => workers.ForBlocks(1000, 10, (from, _) => { if (from == 500) throw new InvalidOperationException("boom"); }));
        Assert.IsType<InvalidOperationException>(e.InnerException);
        var visited = new int[100];
        workers.ForBlocks(100, 7, (from, to) => { for (var i = from; i < to; i++) visited[i]++; });
        Assert.All(visited, v => Assert.Equal(1, v));
    }

    [Fact]
    public void One_team_serves_many_loops_and_refuses_work_after_dispose()
    {
        var workers = new BlockWorkers(2);
        long sum = 0;
        for (var round = 0; round < 200; round++) workers.ForBlocks(64, 4, (from, to) => Interlocked.Add(ref sum, to - from));
        Assert.Equal(200 * 64, sum);
        workers.Dispose();
        Assert.Throws<ObjectDisposedException>(() => workers.ForBlocks(10, 1, (_, _) => { }));
    }

    private static (int[] Visits, List<(int From, int To)> Blocks) Run(int count, int blockSize, int threads)
    {
        var visits = new int[count];
        var blocks = new ConcurrentBag<(int, int)>();
        ForBlocks(count, blockSize, threads, (from, to) =>
        {
            blocks.Add((from, to));
            for (var i = from; i < to; i++) Interlocked.Increment(ref visits[i]);
        });
        return (visits, blocks.OrderBy(b => b.Item1).ToList());
    }

    private static Arbitrary<(int Count, int BlockSize, int Threads)> Cases =>
        (from count in Gen.Choose(0, 3000)
         from blockSize in Gen.Choose(1, 200)
         from threads in Gen.Choose(1, 8)
         select (count, blockSize, threads)).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Every_index_is_visited_exactly_once() =>
        Prop.ForAll(Cases, c =>
        {
            var (visits, _) = Run(c.Count, c.BlockSize, c.Threads);
            return visits.All(v => v == 1);
        });

    [Property(MaxTest = 200)]
    public Property Blocks_are_the_same_whatever_the_thread_count() =>
        Prop.ForAll(Cases, c =>
        {
            var (_, serial) = Run(c.Count, c.BlockSize, 1);
            var (_, parallel) = Run(c.Count, c.BlockSize, c.Threads);
            var expected = Enumerable.Range(0, (c.Count + c.BlockSize - 1) / c.BlockSize)
                .Select(b => (b * c.BlockSize, Math.Min(c.Count, (b + 1) * c.BlockSize))).ToList();
            return serial.SequenceEqual(expected) && parallel.SequenceEqual(expected);
        });

    [Fact]
    public void Blocks_are_consecutive_and_at_most_block_size_long()
    {
        var (_, blocks) = Run(70, 32, 4);
        Assert.Equal([(0, 32), (32, 64), (64, 70)], blocks);
    }

    [Fact]
    public void Zero_items_call_nothing()
    {
        var calls = 0;
        ForBlocks(0, 10, 4, (_, _) => Interlocked.Increment(ref calls));
        Assert.Equal(0, calls);
    }

    [Fact]
    public void Block_size_below_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ForBlocks(10, 0, 1, (_, _) => { }));
    }

    [Fact]
    public void Per_block_outputs_are_identical_at_one_and_eight_threads()
    {
        // Each block writes only its own slots; a sum per block is the same at 1 and 8 threads.
        const int count = 10_000, block = 64;
        var serial = new double[(count + block - 1) / block];
        var parallel = new double[serial.Length];
        ForBlocks(count, block, 1, (f, t) => { for (var i = f; i < t; i++) serial[f / block] += Math.Sqrt(i); });
        ForBlocks(count, block, 8, (f, t) => { for (var i = f; i < t; i++) parallel[f / block] += Math.Sqrt(i); });
        Assert.Equal(serial, parallel);
    }
}
