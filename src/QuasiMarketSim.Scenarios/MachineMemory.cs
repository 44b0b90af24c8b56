namespace QuasiMarketSim.Scenarios;

/// <summary>How much memory a run may use on this machine.</summary>
public static class MachineMemory
{
    /// <summary>
    /// 80% of the memory the runtime may use (physical memory, or a container's limit), leaving room for the
    /// program itself and the operating system.
    /// </summary>
    public static long RunLimitBytes => (long)(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * 0.8);
}
