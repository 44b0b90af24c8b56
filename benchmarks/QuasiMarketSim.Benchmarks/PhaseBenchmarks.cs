using BenchmarkDotNet.Attributes;
using QuasiMarketSim.Core.Engine;
using QuasiMarketSim.Model;
using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Specs;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Benchmarks;

/// <summary>Each phase of the tick on its own, on the national-scale shape with about 1M patients, one thread.</summary>
[MemoryDiagnoser]
public class PhaseBenchmarks
{
    private Simulation _simulation = null!;
    private IPhase<TickContext> _phase = null!;
    private int _tick;

    [ParamsSource(nameof(PhaseNames))]
    public string Phase { get; set; } = "";

    public static IEnumerable<string> PhaseNames() =>
        ["begin_tick", "patients", "delivery", "information", "trust", "transaction_costs", "staff_market", "commissioning", "entry_exit", "innovation", "events", "metrics"];

    [GlobalSetup]
    public void Setup()
    {
        var world = new Dictionary<string, object?>
        {
            ["commissioners"] = 300L, ["commissioners_per_region"] = 30L, ["practices_per_commissioner"] = 22L,
            ["patients_per_practice"] = 152L, ["private_firms"] = 2L, ["voluntary_orgs"] = 2L, ["lots_per_line"] = 2L,
        };
        var input = new ScenarioInput(
            new ElementValues(new Dictionary<string, object?> { ["name"] = "bench", ["ticks"] = 1L, ["warmup"] = 600L }),
            new Dictionary<string, ElementValues> { ["world"] = new(world) },
            new Dictionary<string, IReadOnlyList<ElementValues>>());
        _simulation = Simulation.Create(input, 1, threads: 1);
        _simulation.Step(13);
        _tick = 13;
        // Ticks stay inside the long warm-up, so the metrics phase computes rows without recording (nothing grows).
        _phase = Phases.For(new MetricsRecorder(_simulation.World)).Single(p => p.Name == Phase);
    }

    [Benchmark]
    public void Run()
    {
        _phase.Run(_simulation.Context, _tick);
        _tick = _tick < 590 ? _tick + 1 : 13;
    }

    [GlobalCleanup]
    public void Cleanup() => _simulation.Dispose();
}
