using System.Runtime.CompilerServices;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>Moving a contract to another provider, opening an entrant, and a provider's exit.</summary>
internal static class ProviderChange
{
    /// <summary>
    /// Moves contract <paramref name="c"/> to <paramref name="to"/>: part of the team transfers with it, the new
    /// relationship starts from the commissioner's other relationships with that provider (or as strangers), the
    /// belief about quality becomes uncertain, and care is disrupted for the transition months.
    /// </summary>
    public static void Move(QuasiMarket w, int c, int to, double transferShare, double believedQuality)
    {
        var k = w.Contracts;
        var pr = w.Providers;
        var from = k.Provider[c];
        var cat = w.CategoryOf(k.Line[c]);
        var team = k.Patients[c] * w.StaffPerPatient(k.Area[c], k.Line[c]) * transferShare;
        var moved = Math.Min(team, pr.Employed[from * pr.Categories + cat]);
        pr.Employed[from * pr.Categories + cat] -= moved;
        pr.Employed[to * pr.Categories + cat] += moved;

        var existing = ExistingTrust(w, k.Area[c], to, c);
        k.Provider[c] = to;
        k.TrustC[c] = existing ?? w.P.Trust.NewRelationship;
        k.TrustP[c] = existing ?? w.P.Trust.NewRelationship;
        k.BeliefQ[c] = believedQuality;
        k.BeliefVar[c] = w.P.Information.PriorSd * w.P.Information.PriorSd;
        k.TransitionLeft[c] = w.P.Tendering.TransitionMonths;
        k.Reneging[c] = false;
        k.Disputes[c] = 0;
        w.Flows.Switches++;
        w.Flows.SwitchesByArea[k.Area[c]]++;
    }

    /// <summary>The best alternative provider in the area for <paramref name="line"/> by believed quality (of a kind that delivers it, not <paramref name="except"/>), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int BestAlternative(QuasiMarket w, int area, int except, int line, out double believed)
    {
        believed = double.NegativeInfinity;
        var best = -1;
        for (var i = w.Areas.ProviderStart[area]; i < w.Areas.ProviderStart[area + 1]; i++)
        {
            if (i == except || !w.Providers.Alive[i] || !Tender.CanDeliver(w, i, line)) continue;
            var b = BelievedQuality(w, area, i) ?? w.P.Providers.QualityMean;
            if (b > believed) { believed = b; best = i; }
        }
        return best;
    }

    /// <summary>The commissioner's mean belief about <paramref name="provider"/> from its current contracts with it, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double? BelievedQuality(QuasiMarket w, int area, int provider)
    {
        var k = w.Contracts;
        double sum = 0;
        var n = 0;
        for (var c = w.Areas.ContractStart[area]; c < w.Areas.ContractStart[area + 1]; c++)
        {
            if (k.Provider[c] == provider) { sum += k.BeliefQ[c]; n++; }
        }
        return n > 0 ? sum / n : null;
    }

    /// <summary>Opens a free entrant slot in <paramref name="area"/> as a private firm with <paramref name="capital"/> in month <paramref name="tick"/>; -1 when none is free.</summary>
    public static int OpenEntrant(QuasiMarket w, int area, double capital, int tick)
    {
        var slot = FreeEntrantSlot(w, area);
        if (slot < 0) return -1;
        ProviderSetup.Init(w, slot, area, ProviderKind.PrivateFirm, alive: true, tick);
        Money.Capital(w, slot, capital);
        w.Flows.Entries++;
        return slot;
    }

    /// <summary>The first unused entrant slot of an area, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int FreeEntrantSlot(QuasiMarket w, int area)
    {
        var pr = w.Providers;
        for (var i = w.Areas.ProviderStart[area + 1] - 1; i >= w.Areas.ProviderStart[area]; i--)
        {
            if (!pr.Alive[i] && !pr.Exited[i]) return i;
        }
        return -1;
    }

    /// <summary>
    /// Provider <paramref name="i"/> leaves the market: each of its contracts moves to the best alternative (with
    /// the team), its remaining staff return to the pool, and its reserves are written off. Where no alternative
    /// exists it is bailed out instead (debts written off, it stays).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Exit(QuasiMarket w, int i)
    {
        var k = w.Contracts;
        var pr = w.Providers;
        var area = pr.Area[i];
        for (var c = w.Areas.ContractStart[area]; c < w.Areas.ContractStart[area + 1]; c++)
        {
            if (k.Provider[c] != i) continue;
            var to = BestAlternative(w, area, i, k.Line[c], out var believed);
            if (to < 0)
            {
                Money.WriteOff(w, i);
                pr.DeficitMonths[i] = 0;
                return;
            }
            Move(w, c, to, w.P.Staff.TransferShare, believed);
        }
        var region = w.RegionOf(i);
        for (var cat = 0; cat < pr.Categories; cat++)
        {
            w.Staff.Available[region * w.Staff.Categories + cat] += pr.Employed[i * pr.Categories + cat];
            pr.Employed[i * pr.Categories + cat] = 0;
        }
        Money.WriteOff(w, i);
        pr.Alive[i] = false;
        pr.Exited[i] = true;
        w.Flows.Exits++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double? ExistingTrust(QuasiMarket w, int area, int provider, int except)
    {
        var k = w.Contracts;
        double sum = 0;
        var n = 0;
        for (var c = w.Areas.ContractStart[area]; c < w.Areas.ContractStart[area + 1]; c++)
        {
            if (c != except && k.Provider[c] == provider) { sum += k.TrustC[c]; n++; }
        }
        return n > 0 ? sum / n : null;
    }
}
