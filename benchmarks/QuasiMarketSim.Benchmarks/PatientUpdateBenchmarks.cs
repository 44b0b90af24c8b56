using BenchmarkDotNet.Attributes;
using QuasiMarketSim.Benchmarks.Naive;
using QuasiMarketSim.Model;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Benchmarks;

/// <summary>
/// One tick of the patient rules, single-threaded: the product's struct-of-arrays phase (<see cref="PatientRule.Run"/>:
/// gather, update, reduce) against a naive object-per-agent version of the same rules (<see cref="NaiveMarket"/>).
/// </summary>
/// <remarks>
/// Both start from the same world (<see cref="ProductWorld"/>: 300 areas x 22 practices, patients per practice
/// rounded, so 99,000, 1,003,200 and 9,999,000 patients). Each invocation runs the next tick on the evolving state.
/// </remarks>
[MemoryDiagnoser]
public class PatientUpdateBenchmarks
{
    private TickContext _context = null!;
    private NaiveMarket _naive = null!;
    private int _tick;

    [Params(100_000, 1_000_000, 10_000_000)]
    public int Patients { get; set; }

    [GlobalSetup(Target = nameof(StructOfArrays))]
    public void SetupStructOfArrays()
    {
        NaiveChecks.Verify();
        _context = ProductWorld.Create(Patients).Context;
        _tick = 2;
    }

    [GlobalSetup(Target = nameof(Naive))]
    public void SetupNaiveShuffled() => SetupNaive(shuffled: true);

    [GlobalSetup(Target = nameof(NaiveAllocationOrder))]
    public void SetupNaiveAllocationOrder() => SetupNaive(shuffled: false);

    private void SetupNaive(bool shuffled)
    {
        NaiveChecks.Verify();
        // Naive walks a list shuffled once (objects after some churn); NaiveAllocationOrder walks them as allocated,
        // one by one in cell order, which the allocator lays out nearly contiguously: the naive model's best case.
        _naive = NaiveMarket.FromWorld(ProductWorld.Create(Patients).World, shuffle: shuffled);
        _tick = 2;
        // The product world is garbage now; collect it so it does not share the heap with the timed object model.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    /// <summary>The product's patient phase, one tick.</summary>
    [Benchmark(Baseline = true)]
    public void StructOfArrays() => PatientRule.Run(_context, _tick++);

    /// <summary>The object-per-agent baseline, one tick, visiting patients in shuffled order.</summary>
    [Benchmark]
    public void Naive() => _naive.Tick(_tick++);

    /// <summary>The object-per-agent baseline, one tick, visiting patients in the order they were allocated.</summary>
    [Benchmark]
    public void NaiveAllocationOrder() => _naive.Tick(_tick++);
}
