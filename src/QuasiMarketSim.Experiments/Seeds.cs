using QuasiMarketSim.Core.Random;

namespace QuasiMarketSim.Experiments;

/// <summary>Seeds of replications, derived deterministically from a master seed.</summary>
public static class Seeds
{
    /// <summary>Stream of replication seeds; a second stream gives independent seeds for comparisons.</summary>
    private const ulong ReplicationStream = 0x5EED, IndependentStream = 0x1D3;

    /// <summary>The seed of replication <paramref name="replication"/> (0-based) under <paramref name="master"/>.</summary>
    public static ulong Replication(ulong master, int replication) => CounterRng.Bits(CounterRng.Key(master, ReplicationStream, 0, 0), (ulong)replication) >> 1;

    /// <summary>Seeds unrelated to <see cref="Replication"/>, for the independent-seeds arm of a comparison.</summary>
    public static ulong Independent(ulong master, int replication) => CounterRng.Bits(CounterRng.Key(master, IndependentStream, 0, 0), (ulong)replication) >> 1;
}
