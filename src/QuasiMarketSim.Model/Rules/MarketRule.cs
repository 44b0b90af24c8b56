using System.Runtime.CompilerServices;
using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Rules;

/// <summary>
/// Process 8a, market entry and exit. A private firm enters an area with a hazard that rises with how often
/// contracts are tendered and how attractive margins are; a provider exits after sustained deficits.
/// </summary>
internal static class MarketRule
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(QuasiMarket w, int tick)
    {
        var p = w.P;
        var pr = w.Providers;
        for (var a = 0; a < w.AreaCount; a++)
        {
            var months = p.Market.TenderMemoryMonths;
            w.Areas.TendersLastYear[a] *= (months - 1.0) / months;
            var hazard = EntryHazard(w, a);
            var rng = new RandomStream(w.Seed, Streams.Entry, (ulong)a, (ulong)tick);
            if (hazard > 0 && rng.NextBernoulli(hazard)) ProviderChange.OpenEntrant(w, a, p.Market.EntryCapitalMonths * MeanContractValue(w, a), tick);
        }
        for (var i = 0; i < pr.Area.Length; i++)
        {
            if (!pr.Alive[i] || pr.Kind[i] == ProviderKind.GpPractice) continue;
            pr.DeficitMonths[i] = pr.Reserves[i] < 0 ? pr.DeficitMonths[i] + 1 : 0;
            if (pr.DeficitMonths[i] >= p.Providers.ExitAfterMonths) ProviderChange.Exit(w, i);
        }
    }

    /// <summary>
    /// Monthly entry probability: entry_rate / 12 x (tenders per contract in the last year) x (mean margin / entry_margin).
    /// No tenders, or no margin, means no entry (three-PCT study: the threat of entry was absent).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double EntryHazard(QuasiMarket w, int a)
    {
        var k = w.Contracts;
        var contracts = w.Areas.ContractStart[a + 1] - w.Areas.ContractStart[a];
        double margin = 0;
        for (var c = w.Areas.ContractStart[a]; c < w.Areas.ContractStart[a + 1]; c++)
        {
            margin += 1 - w.UnitCost(k.Provider[c], k.Line[c]) / k.Price[c];
        }
        margin /= contracts;
        var tenderRate = w.Areas.TendersLastYear[a] / contracts;
        return Math.Clamp(w.P.Market.EntryRate / 12 * tenderRate * Math.Max(0, margin) / w.P.Market.EntryMargin, 0, 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double MeanContractValue(QuasiMarket w, int a)
    {
        double sum = 0;
        for (var c = w.Areas.ContractStart[a]; c < w.Areas.ContractStart[a + 1]; c++) sum += w.Contracts.MonthlyValue(c);
        return sum / (w.Areas.ContractStart[a + 1] - w.Areas.ContractStart[a]);
    }
}
