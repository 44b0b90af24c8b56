using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>
/// The relational contract is self-enforcing while the one-off gain from reneging is below d/(1 - d) x (relational
/// surplus - spot surplus) (Baker, Gibbons and Murphy 2002; Levin 2003). The gain shrinks with an enforceable
/// specification and with monitoring, and differs between providers (a lognormal temptation, median 1), so the share
/// of contracts reneged on changes smoothly with the terms; d falls when the relationship is expected to end (a reform
/// under way, or an expiring contract that may be tendered and lost).
/// </summary>
internal static class RelationalContract
{
    /// <summary>True when the provider of contract <paramref name="c"/> reneges in month <paramref name="tick"/>.</summary>
    public static bool Reneges(QuasiMarket w, int c, int tick)
    {
        var k = w.Contracts;
        var p = w.P;
        var a = k.Area[c];
        var endExpected = 0.0;
        if (tick < w.Areas.ReformUntil[a]) endExpected = Math.Max(endExpected, p.Providers.ReformEndOdds * w.Areas.ReformSeverity[a]);
        if (k.Length[c] - k.Age[c] <= p.Providers.RenegeHorizonMonths)
        {
            // Near expiry the relationship ends if the contract is tendered and lost; providers expect tenders at the
            // rate they have seen this commissioner run them.
            endExpected = Math.Max(endExpected, p.Providers.ExpiryLossOdds * TenderRate(w, a));
        }
        var d = p.Providers.Discount * (1 - endExpected);
        var surplus = p.Providers.RelationalSurplus * k.TrustP[c] * (p.Providers.SurplusBase + w.Areas.W(a, Medium.NegotiatedOrder));
        // The gain is realised only where the specification cannot enforce quality and monitoring does not catch it.
        var gain = p.Providers.RenegeGain * w.Providers.RenegeTemptation[k.Provider[c]]
            * (1 - k.Completeness[c] * w.Areas.W(a, Medium.JuridicalGovernance)) * (1 - k.Monitoring[c]);
        return gain > d / (1 - d) * surplus;
    }

    /// <summary>
    /// Share of expiring contracts the commissioner of area <paramref name="a"/> has tendered over the last year (tenders
    /// in the last twelve months over the contracts that expire in a year), 0-1.
    /// </summary>
    public static double TenderRate(QuasiMarket w, int a)
    {
        var contracts = w.Areas.ContractStart[a + 1] - w.Areas.ContractStart[a];
        var expiringPerYear = contracts * 12.0 / Math.Max(12, w.P.Commissioning.ContractMonths);
        return expiringPerYear > 0 ? Math.Min(1, w.Areas.TendersLastYear[a] / expiringPerYear) : 0;
    }
}
