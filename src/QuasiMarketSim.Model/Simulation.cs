using QuasiMarketSim.Core.Engine;
using QuasiMarketSim.Core.Recording;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model;

/// <summary>
/// One run of the quasi-market: a pure function of (scenario, seed) to a table of metrics, identical at any
/// thread count. The unit of work every runner (single run, replications, sweeps, a cluster) schedules.
/// </summary>
public sealed class Simulation : IDisposable
{
    private readonly IReadOnlyList<IPhase<TickContext>> _phases;
    private readonly MetricsRecorder _recorder;
    private readonly Action<int> _afterTick;
    private int _nextTick;
    private Action<int, int>? _progress;
    private CancellationToken _cancellation;

    private Simulation(QuasiMarket world, int threads, bool perArea)
    {
        World = world;
        Context = new TickContext(world, threads);
        _recorder = new MetricsRecorder(world, perArea);
        _phases = Phases.For(_recorder);
        _afterTick = AfterTick;
    }

    /// <summary>Builds the initial world for <paramref name="input"/>.</summary>
    /// <param name="input">The validated scenario.</param>
    /// <param name="seed">Master seed; the scenario's seed when null.</param>
    /// <param name="threads">Threads for the patient update (results do not depend on it).</param>
    /// <param name="perArea">Also record each area's metrics (<see cref="AreaResults"/>); the run itself is unchanged.</param>
    public static Simulation Create(ScenarioInput input, ulong? seed = null, int threads = 1, bool perArea = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        return new Simulation(WorldBuilder.Build(input, seed ?? input.Seed), threads, perArea);
    }

    internal QuasiMarket World { get; }

    /// <summary>
    /// The patient kernel this process runs (instruction set and patients a step), for manifests and timing tables;
    /// every kernel gives the same results.
    /// </summary>
    public static string PatientKernel => Mechanisms.PatientKernels.Describe(Mechanisms.PatientKernels.Best);

    /// <summary>How ticks are run (threads, kernel, scratch): apart from the world's state.</summary>
    internal TickContext Context { get; }

    /// <summary>The metrics recorded, in column order.</summary>
    public IReadOnlyList<MetricInfo> Metrics => _recorder.Metrics;

    /// <summary>Names of the tick phases, in order.</summary>
    public IReadOnlyList<string> PhaseNames => [.. _phases.Select(p => p.Name)];

    /// <summary>Warm-up plus recorded ticks.</summary>
    public int TotalTicks => World.Input.Warmup + World.Input.Ticks;

    /// <summary>Patients simulated.</summary>
    public int PatientCount => World.Patients.Count;

    /// <summary>Provider slots (including unused entrant slots).</summary>
    public int ProviderSlots => World.Providers.Area.Length;

    /// <summary>Contracts (relationships).</summary>
    public int ContractCount => World.Contracts.Count;

    /// <summary>The recorded rows so far (one per tick after the warm-up).</summary>
    public MetricTable Results => _recorder.Table;

    /// <summary>Each area's metrics per recorded month, or null unless created with perArea.</summary>
    public AreaResults? AreaResults => _recorder.AreaResults;

    /// <summary>Ticks run so far (warm-up included).</summary>
    public int TicksRun => _nextTick;

    /// <summary>Runs the rest of the horizon, reporting (ticks done, total) after each tick.</summary>
    public MetricTable Run(Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        Step(TotalTicks - _nextTick, progress, cancellation);
        return Results;
    }

    /// <summary>Runs <paramref name="ticks"/> more ticks (for tests and interactive use).</summary>
    public void Step(int ticks, Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        _progress = progress;
        _cancellation = cancellation;
        TickLoop.Run(Context, _phases, _nextTick, ticks, _afterTick);
    }

    /// <summary>Stops the worker threads of a multi-threaded simulation.</summary>
    public void Dispose() => Context.Dispose();

    private void AfterTick(int tick)
    {
        _nextTick = tick + 1;
        _progress?.Invoke(_nextTick, TotalTicks);
        _cancellation.ThrowIfCancellationRequested();
    }
}
