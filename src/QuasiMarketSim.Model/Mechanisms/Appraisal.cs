using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>
/// How a commissioner appraises its options for a reviewed contract: make (keep the relationship) or buy (go to the
/// market) in Williamson's sense. Each option's expected net benefit, as a share of the contract's annual value, weighs
/// what the commissioner believes it would gain over a new contract's life against the ex ante costs (tender and
/// specification), the transition costs of moving the service and the relational value lost. The policy mix sets the
/// weights: the price weight the commissioner scores bids with (more competition, more weight on savings) and the
/// negotiated-order weight on the relationship. No part of the decision is random.
/// </summary>
internal static class Appraisal
{
    /// <summary>Years over which a new contract's gains accrue.</summary>
    public static double Horizon(QuasiMarket w) => w.P.Commissioning.ContractMonths / 12.0;

    /// <summary>
    /// Saving per year the commissioner expects from a tender, as a share of the price: bidders shade toward the price as
    /// in the symmetric equilibrium (<see cref="Bidding.Shade"/>) from the cost the commissioner believes they have (the
    /// price less its believed margin) plus their normal margin. With no rival bidder it expects nothing.
    /// </summary>
    public static double ExpectedSaving(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var price = k.Price[c];
        if (price <= 0) return 0;
        var bidders = Tender.ExpectedBidders(w, k.Area[c], k.Line[c], k.Provider[c]);
        // A believed loss of more than half the price is a noisy belief, not a cost to plan on: the floor keeps the
        // implied cost finite (it is a guard on the belief, not a behavioural size; ODD 7.7).
        var believedCost = price / (1 + Math.Max(-0.5, k.BelievedMargin[c]));
        var bid = Bidding.Shade(believedCost * (1 + w.P.Tendering.BidMargin), price, bidders);
        return Math.Max(0, (price - bid) / price);
    }

    /// <summary>
    /// What one unit of quality is worth to the commissioner per year, as a share of the contract's annual value: the
    /// unplanned admissions it avoids (care effect x mean adherence x admissions expected without care) at their unit cost.
    /// </summary>
    public static double QualityValue(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var p = w.P.Patients;
        var monthly = k.MonthlyValue(c);
        return monthly > 0 ? p.CareAdmissionEffect * p.AdherenceMean * k.ExpectedAdmissions[c] * p.AdmissionCost / monthly : 0;
    }

    /// <summary>Chance the commissioner expects a tender to move the service: any of n bidders may win, (n - 1) / n.</summary>
    public static double SwitchChance(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var bidders = Tender.ExpectedBidders(w, k.Area[c], k.Line[c], k.Provider[c]);
        return bidders <= 1 ? 0 : (bidders - 1) / bidders;
    }

    /// <summary>Transition cost of moving the service, as a share of annual value: transition_cost x (1 - parcelability).</summary>
    public static double TransitionCost(QuasiMarket w, int c) =>
        w.P.TransactionCosts.TransitionCost * (1 - w.Lines[w.Contracts.Line[c]].Parcelability);

    /// <summary>
    /// Expected net benefit of tendering contract <paramref name="c"/>: over the horizon, price weight x expected saving
    /// plus (1 - price weight) x the value of the quality gain from the best alternative; less the tender cost, the
    /// specification cost, the transition cost x the chance of a switch, and the relational value lost x commissioner
    /// trust x negotiated order.
    /// </summary>
    public static double TenderNetBenefit(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var p = w.P;
        var a = k.Area[c];
        var priceWeight = ProviderEffort.PriceWeight(w, c);
        var gain = Math.Max(0, AlternativeQuality(w, c) - k.BeliefQ[c]) * SwitchChance(w, c);
        var benefit = Horizon(w) * (priceWeight * ExpectedSaving(w, c) + (1 - priceWeight) * QualityValue(w, c) * gain);
        var cost = p.TransactionCosts.TenderCost + SpecificationShare(w, c) + TransitionCost(w, c) * SwitchChance(w, c)
            + p.Tendering.LostRelationalValue * k.TrustC[c] * w.Areas.W(a, Medium.NegotiatedOrder);
        return benefit - cost;
    }

    /// <summary>
    /// Expected net benefit of decommissioning contract <paramref name="c"/> and moving it by negotiation to the best
    /// alternative: the value of the believed quality gain over the horizon, less the negotiation and the transition.
    /// Minus infinity when there is no alternative.
    /// </summary>
    public static double DecommissionNetBenefit(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        if (ProviderChange.BestAlternative(w, k.Area[c], k.Provider[c], k.Line[c], out var believed) < 0) return double.NegativeInfinity;
        var benefit = Horizon(w) * QualityValue(w, c) * (believed - k.BeliefQ[c]);
        return benefit - w.P.TransactionCosts.RenegotiationCost - TransitionCost(w, c);
    }

    /// <summary>The quality the commissioner expects from the market: the best local alternative it believes in, or the mean outside bidder.</summary>
    private static double AlternativeQuality(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        ProviderChange.BestAlternative(w, k.Area[c], k.Provider[c], k.Line[c], out var believed);
        return Math.Max(believed, w.Lines[k.Line[c]].DeliverableBy(Inputs.ProviderKind.PrivateFirm) ? w.P.Providers.QualityMean : double.NegativeInfinity);
    }

    /// <summary>The specification a tender needs, as a share of annual value (<see cref="ContractTerms.SpecificationCost"/>).</summary>
    private static double SpecificationShare(QuasiMarket w, int c)
    {
        var annual = 12 * w.Contracts.MonthlyValue(c);
        return annual > 0 ? ContractTerms.SpecificationCost(w, c) / annual : 0;
    }
}
