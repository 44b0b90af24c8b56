using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>
/// How hard a provider works on a contract, and on what (Holmstrom and Milgrom 1991, multitask). The provider values
/// quality for its ethos (guidance, better with trust), for money (incentives pay on what is measured), and because it
/// is challenged (scrutiny, enforcement, and competition on quality); closeness without challenge breeds complacency;
/// competition on price, a loss on the contract or empty reserves make it cut cost, and effort is cost. With a
/// quadratic cost of effort the optimum is linear: care effort = base + net value / aversion. What is paid for or
/// challenged on measured quality can also be bought by gaming the measure, which pays where information is poor; both
/// efforts cost money (<see cref="World.QuasiMarket.UnitCost"/>), so gaming crowds out care through the provider's budget.
/// </summary>
internal static class ProviderEffort
{
    /// <summary>The weight of price (vs believed quality) when this contract is tendered: what competition rewards.</summary>
    public static double PriceWeight(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var t = w.P.Tendering;
        return Math.Clamp(t.PriceWeightMin + (t.PriceWeightMax - t.PriceWeightMin) * w.Areas.W(k.Area[c], Medium.ProviderCompetition)
            + w.P.Stances.PriceWeight(k.Stance[c]), 0, 1);
    }

    /// <summary>
    /// Challenge on quality the provider feels, 0-1: the mean of monitoring, juridical governance, and competition in so
    /// far as tenders score quality (w2 x (1 - price weight)), shifted by the stance (Livewell Table 2).
    /// </summary>
    public static double Challenge(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var a = k.Area[c];
        var contest = w.Areas.W(a, Medium.ProviderCompetition) * (1 - PriceWeight(w, c));
        var raw = (k.Monitoring[c] + w.Areas.W(a, Medium.JuridicalGovernance) + contest) / 3;
        return Math.Clamp(raw + w.P.Stances.Challenge(k.Stance[c]), 0, 1);
    }

    /// <summary>How well the commissioner's measurement reflects true quality, 0-1: 1 - noise / noise with no information effort.</summary>
    public static double InformationQuality(QuasiMarket w, int c) =>
        w.P.Information.NoiseSd > 0 ? Math.Clamp(1 - Rules.InformationRule.NoiseSd(w, c) / w.P.Information.NoiseSd, 0, 1) : 1;

    /// <summary>
    /// Financial stress on the contract's provider: a loss on the contract (price below unit cost), weighed by finance
    /// motivation, plus reserves run below zero, as a share of a year's revenue from the contract.
    /// </summary>
    public static double Stress(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var provider = k.Provider[c];
        var loss = Math.Clamp(1 - k.Price[c] / w.UnitCost(provider, k.Line[c]), 0, 1);
        var annual = 12 * k.MonthlyValue(c);
        var overdrawn = annual > 0 ? Math.Clamp(-w.Providers.Reserves[provider] / annual, 0, 1) : 0;
        return w.Providers.FinanceMotivation[provider] * loss + overdrawn;
    }

    /// <summary>Care effort (raises true quality) and gaming effort (raises measured quality only) on contract <paramref name="c"/>, each 0-1.</summary>
    public static (double Care, double Gaming) Choose(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var p = w.P.Providers;
        var a = k.Area[c];
        var fm = w.Providers.FinanceMotivation[k.Provider[c]];
        var challenge = k.Challenge[c];
        var ethos = p.EthosResponse * (1 - fm) * w.Areas.W(a, Medium.IdeologicalControl) * ((1 - p.EthosTrustWeight) + p.EthosTrustWeight * k.TrustP[c]);
        var money = p.FinancialResponse * fm * w.Areas.W(a, Medium.FinancialIncentives) * w.P.Contracts.IncentiveStrength(k.Form[c]);
        var challenged = p.ChallengeResponse * challenge;
        var complacency = p.Complacency * k.TrustC[c] * (1 - challenge);
        // Effort costs money (effort_cost_share of unit cost per unit of effort): a finance-motivated provider weighs it.
        var costCutting = p.PriceCompetitionResponse * fm * w.Areas.W(a, Medium.ProviderCompetition) * PriceWeight(w, c)
            + p.PressureResponse * Stress(w, c) + fm * p.EffortCostShare;
        var care = p.BaseEffort + (ethos + money + challenged - complacency - costCutting) / p.EffortAversion;
        // Incentives and challenge act on measured quality. Gaming raises it by gaming_bias per unit, and only in so far
        // as measurement fails to see through it: with a separable quadratic cost its optimum is value x bias x (1 - info) / c.
        var gaming = (money + challenged) * p.GamingBias * (1 - InformationQuality(w, c)) / p.EffortAversion;
        return (Math.Clamp(care, 0, 1), Math.Clamp(gaming, 0, 1));
    }
}
