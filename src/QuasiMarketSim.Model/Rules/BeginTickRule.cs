using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Rules;

/// <summary>Process 0: clears the flows of the previous tick and brings staff needs up to date with who holds which contract.</summary>
internal static class BeginTickRule
{
    public static void Run(QuasiMarket w, int tick)
    {
        w.Flows.Clear();
        Array.Clear(w.Contracts.ExAnte);
        Array.Clear(w.Contracts.ExPost);
        Array.Clear(w.Contracts.Payment);
        Array.Clear(w.Contracts.CompetitionCost);
        Array.Clear(w.Staff.ShockLosses);
        // Contracts may have changed hands since the staff market last ran (tenders, entry, exit, events).
        StaffNeeds.Recompute(w);
    }
}
