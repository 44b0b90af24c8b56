using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Rules;

/// <summary>The terms a commissioner writes into a new or renewed contract, from its repertoire.</summary>
internal static class ContractTerms
{
    /// <summary>
    /// Payment form. Financial incentives (medium 3) above one half buy activity (a parcelable service) or outcomes
    /// (an unparcelable pathway, where activity is hard to count); otherwise a block contract, or an alliance under
    /// the stakeholder stance (three-PCT study: block contracts; New Zealand alliance contracting).
    /// </summary>
    public static ContractForm Form(double financialIncentives, double parcelability, Stance stance) =>
        financialIncentives >= 0.5
            ? (parcelability >= 0.5 ? ContractForm.Activity : ContractForm.Outcome)
            : (stance == Stance.Stakeholder ? ContractForm.Alliance : ContractForm.Block);

    /// <summary>
    /// Specification completeness: juridical governance (medium 5) writes fuller specifications, but no
    /// specification can be more complete than the service is parcelable allows (0.4 + 0.6 parcelability).
    /// </summary>
    public static double Completeness(double juridical, double parcelability) =>
        Math.Min(0.2 + 0.7 * juridical, 0.4 + 0.6 * parcelability);

    /// <summary>How strongly a payment form rewards effort (block weakly, activity and outcome fully).</summary>
    public static double IncentiveStrength(ContractForm form) => form switch
    {
        ContractForm.Block => 0.3,
        ContractForm.Alliance => 0.6,
        _ => 1.0,
    };

    /// <summary>How much a payment form rewards turning away costly high-risk patients.</summary>
    public static double CreamSkimIncentive(ContractForm form) => form switch
    {
        ContractForm.Activity => 1.0,
        ContractForm.Outcome => 0.4,
        _ => 0.0,
    };

    /// <summary>Writes form, completeness and length for contract <paramref name="c"/> from its area's repertoire.</summary>
    public static void Write(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var area = k.Area[c];
        var line = w.Lines[k.Line[c]];
        var stance = w.Areas.Stance[area];
        k.Form[c] = Form(w.Areas.W(area, Medium.FinancialIncentives), line.Parcelability, stance);
        k.Completeness[c] = Completeness(w.Areas.W(area, Medium.JuridicalGovernance), line.Parcelability);
        k.Length[c] = (int)Math.Round(w.P.Commissioning.ContractMonths * StanceEffects.ContractLength(stance));
        k.Age[c] = 0;
    }

    /// <summary>Ex ante cost of writing the specification: c s^2 / parcelability, x annual value (Bajari and Tadelis 2001).</summary>
    public static double SpecificationCost(QuasiMarket w, int c) =>
        w.P.TransactionCosts.SpecificationCost * w.Contracts.Completeness[c] * w.Contracts.Completeness[c]
        / Math.Max(0.1, w.Lines[w.Contracts.Line[c]].Parcelability) * 12 * w.Contracts.MonthlyValue(c);
}
