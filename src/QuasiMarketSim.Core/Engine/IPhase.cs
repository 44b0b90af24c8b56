namespace QuasiMarketSim.Core.Engine;

/// <summary>One process of the tick (for example "trust" or "staff market"), run in a fixed order.</summary>
/// <typeparam name="TWorld">The model's state.</typeparam>
public interface IPhase<in TWorld>
{
    /// <summary>A short snake_case name, used in timings and documentation.</summary>
    string Name { get; }

    /// <summary>Advances <paramref name="world"/> by this process for tick <paramref name="tick"/>.</summary>
    void Run(TWorld world, int tick);
}
