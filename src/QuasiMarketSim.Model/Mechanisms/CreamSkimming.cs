using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>
/// Cream-skimming where it pays (Bartlett and Le Grand): a high-risk patient costs more to see than a low-risk one
/// (<c>high_risk_cost_premium</c>), while an activity contract pays the same for both. A finance-motivated provider
/// turns away a share of high-risk patients in proportion to how much more they cost relative to the price, how much
/// the payment form rewards it, the financial-incentives weight, and how little monitoring would catch it. When every
/// patient costs the same, it never pays.
/// </summary>
internal static class CreamSkimming
{
    /// <summary>Share of high-risk patients turned away on contract <paramref name="c"/>, 0-1.</summary>
    public static double Selectivity(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var p = w.P;
        var provider = k.Provider[c];
        var extra = p.Patients.HighRiskCostPremium * p.Providers.OverheadPerPatient * w.Areas.DemandFactor[k.Area[c]] * w.Providers.CostFactor[provider];
        var lossShare = k.Price[c] > 0 ? Math.Min(1, extra / k.Price[c]) : 1;
        return Math.Clamp(p.Providers.CreamSkimPropensity * w.Providers.FinanceMotivation[provider] * p.Contracts.CreamSkimIncentive(k.Form[c])
            * w.Areas.W(k.Area[c], Medium.FinancialIncentives) * (1 - k.Monitoring[c]) * lossShare, 0, 1);
    }

    /// <summary>Non-staff cost of the patients seen on contract <paramref name="c"/> this month (high-risk ones cost more).</summary>
    public static double OverheadOfServed(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var p = w.P;
        var perPatient = p.Providers.OverheadPerPatient * w.Areas.DemandFactor[k.Area[c]] * w.Providers.CostFactor[k.Provider[c]];
        return perPatient * (k.LowRiskServed[c] + k.HighRiskServed[c] * (1 + p.Patients.HighRiskCostPremium));
    }
}
