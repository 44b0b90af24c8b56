using QuasiMarketSim.Core.Engine;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model;

/// <summary>
/// How a tick is run, kept apart from the world's state: the thread team and kernel of the patient update, the
/// delegates made once so a tick allocates nothing, and scratch space. Owned (and disposed) by <see cref="Simulation"/>;
/// nothing here carries state from one tick to the next, so a world is the same whatever context runs it.
/// </summary>
internal sealed class TickContext : IDisposable
{
    private PatientKernelKind _kernel = PatientKernels.Best;

    public TickContext(QuasiMarket world, int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        World = world;
        Workers = new BlockWorkers(threads);
        PatientBlock = (from, to) => PatientRule.UpdateCells(World, _kernel, PatientKey, from, to);
        ReviewBuffer = new int[world.Contracts.Count];
        ReviewPriority = new CommissioningRule.Priority(world.Contracts).Compare;
    }

    /// <summary>The state the phases advance.</summary>
    public QuasiMarket World { get; }

    /// <summary>The thread team for the patient update (one thread: the caller only).</summary>
    public BlockWorkers Workers { get; }

    /// <summary>
    /// The implementation of the patient rule: the fastest this machine runs (<see cref="PatientKernels.Best"/>). All
    /// give bit-identical results; tests set this to compare them.
    /// </summary>
    public PatientKernelKind Kernel
    {
        get => _kernel;
        set => _kernel = PatientKernels.IsSupported(value)
            ? value
            : throw new PlatformNotSupportedException($"This machine cannot run the {value} patient kernel.");
    }

    /// <summary>The random key of the patient update in the current tick.</summary>
    public ulong PatientKey { get; set; }

    /// <summary>The patient update of a block of cells, as a cached delegate so a tick allocates nothing.</summary>
    public Action<int, int> PatientBlock { get; }

    /// <summary>Scratch for one area's review list (sized for any area).</summary>
    public int[] ReviewBuffer { get; }

    /// <summary>The review ordering, as a delegate created once (sorting with it allocates nothing).</summary>
    public Comparison<int> ReviewPriority { get; }

    /// <summary>Stops the worker threads.</summary>
    public void Dispose() => Workers.Dispose();
}
