namespace QuasiMarketSim.Core.Engine;

/// <summary>
/// The engine: for each tick, run every phase in order, then let the observer record the tick.
/// It knows nothing of the domain, files or clocks.
/// </summary>
public static class TickLoop
{
    /// <summary>Runs ticks [<paramref name="firstTick"/>, <paramref name="firstTick"/> + <paramref name="ticks"/>).</summary>
    /// <param name="world">The state every phase reads and writes.</param>
    /// <param name="phases">The processes of one tick, in the order they run.</param>
    /// <param name="firstTick">The first tick's number.</param>
    /// <param name="ticks">How many ticks to run.</param>
    /// <param name="afterTick">Called after each tick with its number (metrics, progress, cancellation).</param>
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
