using QuasiMarketSim.Model.Parameters;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>The terms a commissioner writes into a new or renewed contract, from its repertoire.</summary>
internal static class ContractTerms
{
    /// <summary>
    /// Payment form. Financial incentives (medium 3) above one half buy activity (a parcelable service) or outcomes
    /// (an unparcelable pathway, where activity is hard to count); otherwise a block contract, or an alliance under
    /// the stakeholder stance (three-PCT study: block contracts; New Zealand alliance contracting).
    /// </summary>
    public static ContractForm Form(ContractParameters p, double financialIncentives, double parcelability, Stance stance) =>
        financialIncentives >= p.IncentiveFormThreshold
            ? (parcelability >= p.ActivityParcelability ? ContractForm.Activity : ContractForm.Outcome)
            : (stance == Stance.Stakeholder ? ContractForm.Alliance : ContractForm.Block);

    /// <summary>
    /// Specification completeness: juridical governance (medium 5) writes fuller specifications, but no
    /// specification can be more complete than the service is parcelable allows.
    /// </summary>
    public static double Completeness(ContractParameters p, double juridical, double parcelability) =>
        Math.Min(p.CompletenessBase + p.CompletenessPerJuridical * juridical, p.CompletenessLimitBase + p.CompletenessLimitPerParcelability * parcelability);

    /// <summary>Writes form, completeness and length for contract <paramref name="c"/> from its area's repertoire.</summary>
    public static void Write(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var area = k.Area[c];
        var line = w.Lines[k.Line[c]];
        var stance = w.Areas.Stance[area];
        k.Form[c] = Form(w.P.Contracts, w.Areas.W(area, Medium.FinancialIncentives), line.Parcelability, stance);
        k.Completeness[c] = Completeness(w.P.Contracts, w.Areas.W(area, Medium.JuridicalGovernance), line.Parcelability);
        k.Length[c] = (int)Math.Round(w.P.Commissioning.ContractMonths * w.P.Stances.ContractLength(stance));
        k.Age[c] = 0;
        // Outcomes are paid against the world as it is when the terms are written (so a renewal ratchets the reference).
        k.OutcomeReference[c] = k.AdmissionRatio[c];
    }

    /// <summary>Ex ante cost of writing the specification: c s^2 / parcelability, x annual value (Bajari and Tadelis 2001).</summary>
    public static double SpecificationCost(QuasiMarket w, int c) =>
        w.P.TransactionCosts.SpecificationCost * w.Contracts.Completeness[c] * w.Contracts.Completeness[c]
        / Math.Max(0.1, w.Lines[w.Contracts.Line[c]].Parcelability) * 12 * w.Contracts.MonthlyValue(c);
}
