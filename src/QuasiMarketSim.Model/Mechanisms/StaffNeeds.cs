using System.Runtime.CompilerServices;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>Staff each provider needs for the contracts it holds.</summary>
internal static class StaffNeeds
{
    /// <summary>
    /// Needed[provider, category] = sum over its contracts of patients x need per patient / caseload x the share of care
    /// the commissioner funds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Recompute(QuasiMarket w)
    {
        var pr = w.Providers;
        var k = w.Contracts;
        Array.Clear(pr.Needed);
        for (var c = 0; c < k.Count; c++)
        {
            pr.Needed[k.Provider[c] * pr.Categories + w.CategoryOf(k.Line[c])] += k.Patients[c] * w.StaffPerPatient(k.Area[c], k.Line[c])
                * w.Areas.FundedShare[k.Area[c]];
        }
    }
}
