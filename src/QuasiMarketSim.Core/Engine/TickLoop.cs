using System.Runtime.CompilerServices;

namespace QuasiMarketSim.Core.Engine;

/// <summary>
/// The engine: for each tick, run every phase in order, then let the observer record the tick.
/// It knows nothing of the domain, files or clocks.
/// </summary>
/// <remarks>
/// Methods with loops that run every tick (here, in the model's rules, mechanisms and metrics, and in the world's
/// builder) carry <see cref="MethodImplOptions.AggressiveOptimization"/>: they are compiled fully optimised at their
/// first call instead of starting as unoptimised tier-0 code that tiered compilation promotes only after a delay that
/// restarts while new code is still being compiled. Small worlds run in a few milliseconds, so a sweep of them spent
/// most of its time in tier-0 code: `quasim sweep mix-sweep` (75 runs) took 2.3-3.8 s without the attribute and
/// 1.3-1.4 s with it (benchmarks/results/startup.md). The attribute costs no optimisation this code uses: it has no
/// virtual calls for profile-guided optimisation to remove.
/// </remarks>
public static class TickLoop
{
    /// <summary>Runs ticks [<paramref name="firstTick"/>, <paramref name="firstTick"/> + <paramref name="ticks"/>).</summary>
    /// <param name="world">The state every phase reads and writes.</param>
    /// <param name="phases">The processes of one tick, in the order they run.</param>
    /// <param name="firstTick">The first tick's number.</param>
    /// <param name="ticks">How many ticks to run.</param>
    /// <param name="afterTick">Called after each tick with its number (metrics, progress, cancellation).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run<TWorld>(
        TWorld world,
        IReadOnlyList<IPhase<TWorld>> phases,
        int firstTick,
        int ticks,
        Action<int>? afterTick = null)
    {
        for (var tick = firstTick; tick < firstTick + ticks; tick++)
        {
            for (var p = 0; p < phases.Count; p++)
            {
                phases[p].Run(world, tick);
            }
            afterTick?.Invoke(tick);
        }
    }
}
