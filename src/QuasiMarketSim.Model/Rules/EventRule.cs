using System.Runtime.CompilerServices;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Rules;

/// <summary>Process 9, scheduled events: each applies at its tick (recorded ticks, after the warm-up).</summary>
internal static class EventRule
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(QuasiMarket w, int tick)
    {
        for (var i = 0; i < w.Events.Count; i++)
        {
            var e = w.Events[i];
            if (e.Tick + w.Warmup != tick) continue;
            if (e.Kind == EventKind.StaffShock)
            {
                StaffShock(w, e);
                continue;
            }
            for (var a = 0; a < w.AreaCount; a++)
            {
                if (e.Commissioner >= 0 && e.Commissioner != a) continue;
                Apply(w, e, a, tick);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Apply(QuasiMarket w, ScheduledEvent e, int a, int tick)
    {
        var areas = w.Areas;
        var k = w.Contracts;
        switch (e.Kind)
        {
            case EventKind.StructuralReform:
                // Livewell: rupture of long-term relationships, commissioning staff leaving, work delayed by months.
                for (var c = areas.ContractStart[a]; c < areas.ContractStart[a + 1]; c++)
                {
                    k.TrustC[c] *= 1 - e.Magnitude;
                    k.TrustP[c] *= 1 - e.Magnitude;
                    k.BeliefVar[c] += Math.Pow(e.Magnitude * w.P.Information.PriorSd, 2);
                }
                areas.Memory[a] *= 1 - e.Magnitude;
                areas.CapacityFactor[a] = 1 - e.Magnitude;
                areas.CapacityRestoredAt[a] = tick + e.Duration;
                areas.CycleDelay[a] = (int)Math.Round(12 * e.Magnitude);
                areas.ReformUntil[a] = tick + e.Duration;
                areas.ReformSeverity[a] = e.Magnitude;
                break;
            case EventKind.BudgetSqueeze:
                areas.Budget[a] *= 1 - e.Magnitude;
                areas.FinancialPressure[a] = Math.Max(areas.FinancialPressure[a], e.Magnitude);
                break;
            case EventKind.DemandGrowth:
                areas.DemandFactor[a] *= 1 + e.Magnitude;
                break;
            case EventKind.ProviderFailure:
                var failing = LargestProvider(w, a, e.ServiceLine);
                if (failing >= 0) ProviderChange.Exit(w, failing);
                break;
            case EventKind.EntrantArrival:
                EntrantArrival(w, a, e.ServiceLine, tick);
                break;
            case EventKind.MandateToTender:
                areas.MandateUntil[a] = tick + e.Duration;
                break;
            case EventKind.RepertoireChange:
                // As repertoire learning moves the mix (Mechanisms/Repertoire.cs): weights the scenario fixed stay fixed.
                areas.Mix[a] = e.Magnitude;
                for (var m = 0; m < Media.Count; m++) areas.Weights[a * Media.Count + m] = w.P.PerArea.Weight(a, (Medium)m, areas.Mix[a]);
                if (e.NewStance is { } stance) areas.Stance[a] = stance;
                break;
        }
    }

    /// <summary>Staff lost from the pools and providers of the affected regions (one category, or all).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void StaffShock(QuasiMarket w, ScheduledEvent e)
    {
        var s = w.Staff;
        var pr = w.Providers;
        for (var r = 0; r < s.Regions; r++)
        {
            if (e.Commissioner >= 0 && w.Areas.Region[e.Commissioner] != r) continue;
            for (var cat = 0; cat < s.Categories; cat++)
            {
                if (e.ServiceLine >= 0 && w.CategoryOf(e.ServiceLine) != cat) continue;
                var pool = r * s.Categories + cat;
                var lost = s.Available[pool] * e.Magnitude;
                s.Available[pool] -= lost;
                for (var i = 0; i < pr.Area.Length; i++)
                {
                    if (w.RegionOf(i) != r) continue;
                    var idx = i * pr.Categories + cat;
                    lost += pr.Employed[idx] * e.Magnitude;
                    pr.Employed[idx] *= 1 - e.Magnitude;
                }
                s.ShockLosses[pool] += lost;
            }
        }
    }

    /// <summary>
    /// A private firm enters and is awarded, by direct negotiation, the largest contract of the line (any line when
    /// none is named). It brings no staff and must recruit or poach them (three-PCT study: a new service
    /// "robbing the existing stroke services").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void EntrantArrival(QuasiMarket w, int a, int line, int tick)
    {
        var k = w.Contracts;
        var target = -1;
        for (var c = w.Areas.ContractStart[a]; c < w.Areas.ContractStart[a + 1]; c++)
        {
            if ((line < 0 || k.Line[c] == line) && (target < 0 || k.Patients[c] > k.Patients[target])) target = c;
        }
        if (target < 0) return;
        var entrant = ProviderChange.OpenEntrant(w, a, w.P.Market.WinnerCapitalMonths * k.MonthlyValue(target), tick);
        if (entrant < 0) return;
        ProviderChange.Move(w, target, entrant, transferShare: 0, believedQuality: w.P.Providers.QualityMean);
        ContractTerms.Write(w, target);
    }

    /// <summary>The non-practice provider holding the most patients in the area (on the line, if given), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int LargestProvider(QuasiMarket w, int a, int line)
    {
        var k = w.Contracts;
        var best = -1;
        var most = 0;
        for (var i = w.Areas.ProviderStart[a]; i < w.Areas.ProviderStart[a + 1]; i++)
        {
            if (!w.Providers.Alive[i] || w.Providers.Kind[i] == ProviderKind.GpPractice) continue;
            var n = 0;
            for (var c = w.Areas.ContractStart[a]; c < w.Areas.ContractStart[a + 1]; c++)
            {
                if (k.Provider[c] == i && (line < 0 || k.Line[c] == line)) n += k.Patients[c];
            }
            if (n > most) { most = n; best = i; }
        }
        return best;
    }
}
