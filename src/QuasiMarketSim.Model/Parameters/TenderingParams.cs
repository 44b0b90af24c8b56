using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>The annual commissioning cycle's decisions and tenders.</summary>
public static class TenderingParams
{
    public static readonly FieldSpec PriceWeightMin = FieldSpec.Number("price_weight_min", 0.3, "0-1", 0, 1, "Weight of price (vs believed quality) in bid scoring at no provider competition.", "Rationale: quality-led selection.");
    public static readonly FieldSpec PriceWeightMax = FieldSpec.Number("price_weight_max", 0.8, "0-1", 0, 1, "Weight of price in bid scoring at full provider competition.", "Rationale: price-led procurement.");
    public static readonly FieldSpec BidSd = FieldSpec.Number("bid_sd", 0.08, "relative", 0, 2, "Relative spread of bidders' costs around their expected cost.", "Rationale: cost heterogeneity.");
    public static readonly FieldSpec BidMargin = FieldSpec.Number("bid_margin", 0.04, "relative", 0, 1, "Margin bidders add to their cost.", "Rationale: thin NHS margins.");
    public static readonly FieldSpec OutsideBidders = FieldSpec.Number("outside_bidders", 1.5, "bidders", 0, 100, "Mean number of bidders from outside the area per tender (an entrant takes a free slot if it wins).", "MODEL-BRIEF: an entrant's chance to win about one in five.");
    public static readonly FieldSpec ExpectedSaving = FieldSpec.Number("expected_saving", 0.06, "x annual value", 0, 1, "Saving per year a commissioner expects from a tender, x provider competition, x number of potential bidders / (bidders + 1).", "Bartlett and Le Grand: savings must exceed transaction costs.");
    public static readonly FieldSpec LostRelationalValue = FieldSpec.Number("lost_relational_value", 0.15, "x annual value", 0, 5, "Value a commissioner places on an established relationship, x trust x negotiated order, counted against tendering.", "Three-PCT study: commissioners valued providers' knowledge.");
    public static readonly FieldSpec MarketTesting = FieldSpec.Number("market_testing", 0.8, "probability", 0, 1, "Chance a reviewed contract is market-tested by policy, x provider competition squared, even when the expected saving does not cover the costs.", "About 6% of CCG contracts were competitively tendered (MODEL-BRIEF); transactional policy tenders routinely.");
    public static readonly FieldSpec PricePressure = FieldSpec.Number("price_pressure", 0.04, "relative", 0, 1, "Price cut won at a renegotiation, x provider competition.", "MODEL-BRIEF medium 2: pressures price.");
    public static readonly FieldSpec TransitionMonths = FieldSpec.Integer("transition_months", 9, "months", 0, 120, "Months of disruption after a service moves provider, during which care quality is reduced x (1 - parcelability).", "Livewell: data extraction delayed up to nine months in transition.");
    public static readonly FieldSpec TransitionQualityLoss = FieldSpec.Number("transition_quality_loss", 0.3, "0-1", 0, 1, "Share of care quality lost at the start of a transition for a wholly unparcelable service.", "Three-PCT study: pathways span several providers.");

    /// <summary>The section.</summary>
    public static SectionSpec Section { get; } = new("tendering", "Review, renewal, renegotiation, tendering and decommissioning.",
        PriceWeightMin, PriceWeightMax, BidSd, BidMargin, OutsideBidders, ExpectedSaving, LostRelationalValue, MarketTesting, PricePressure,
        TransitionMonths, TransitionQualityLoss);
}
