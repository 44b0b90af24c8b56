using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Rules;

/// <summary>Process 0: clears the flows of the previous tick (counts, money, per-contract costs and payments).</summary>
internal static class BeginTickRule
{
    public static void Run(QuasiMarket w, int tick)
    {
        w.Tick = tick;
        w.Flows.Clear();
        Array.Clear(w.Contracts.ExAnte);
        Array.Clear(w.Contracts.ExPost);
        Array.Clear(w.Contracts.Payment);
        Array.Clear(w.Staff.ShockLosses);
    }
}
