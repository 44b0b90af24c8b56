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
    public void SetupNaive()
    {
        NaiveChecks.Verify();
        _naive = NaiveMarket.FromWorld(ProductWorld.Create(Patients).World);
        _tick = 2;
        // The product world is garbage now; collect it so it does not share the heap with the timed object model.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    /// <summary>The product's patient phase, one tick.</summary>
    [Benchmark(Baseline = true)]
    public void StructOfArrays() => PatientRule.Run(_context, _tick++);

    /// <summary>The object-per-agent baseline, one tick.</summary>
    [Benchmark]
    public void Naive() => _naive.Tick(_tick++);
}
