using BenchmarkDotNet.Attributes;
using QuasiMarketSim.Model;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Benchmarks;

/// <summary>One whole model tick at several population sizes and thread counts.</summary>
[MemoryDiagnoser]
public class TickBenchmarks
{
    private Simulation _simulation = null!;

    /// <summary>Patients per practice; with 300 areas x 22 practices, 1,515 is about 10 million patients.</summary>
    [Params(15, 152, 1515)]
    public int PatientsPerPractice { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var world = new Dictionary<string, object?>
        {
            ["commissioners"] = 300L, ["commissioners_per_region"] = 30L, ["practices_per_commissioner"] = 22L,
            ["patients_per_practice"] = (long)PatientsPerPractice, ["private_firms"] = 2L, ["voluntary_orgs"] = 2L, ["lots_per_line"] = 2L,
        };
        var input = new ScenarioInput(
            new ElementValues(new Dictionary<string, object?> { ["name"] = "bench", ["ticks"] = 100000L, ["warmup"] = 0L }),
            new Dictionary<string, ElementValues> { ["world"] = new(world) },
            new Dictionary<string, IReadOnlyList<ElementValues>>());
        _simulation = Simulation.Create(input, 1, Threads);
        _simulation.Step(2);
    }

    [Benchmark]
    public void Tick() => _simulation.Step(1);

    [GlobalCleanup]
    public void Cleanup() => _simulation.Dispose();
}
