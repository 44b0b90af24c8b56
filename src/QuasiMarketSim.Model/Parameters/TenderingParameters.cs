using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>The annual commissioning cycle's decisions and tenders. The "tendering" section of a scenario.</summary>
internal sealed class TenderingParameters : IParameterSection
{
    /// <summary>The section, generated from the declarations below.</summary>
    public static SectionSpec Spec { get; } = SectionSpec.Of<TenderingParameters>("tendering", "Review, renewal, renegotiation, tendering and decommissioning.");

    [Number(0.3, "0-1", 0, 1, "Weight of price (vs believed quality) in bid scoring at no provider competition.", "Rationale: quality-led selection.")]
    public double PriceWeightMin { get; init; }

    [Number(0.8, "0-1", 0, 1, "Weight of price in bid scoring at full provider competition.", "Rationale: price-led procurement.")]
    public double PriceWeightMax { get; init; }

    [Number(0.08, "relative", 0, 2, "Relative spread of bidders' costs around their expected cost.", "Rationale: cost heterogeneity.", Uncertain = Distribution.Gamma, Sd = 0.03)]
    public double BidSd { get; init; }

    [Number(0.04, "relative", 0, 1, "Margin bidders add to their cost.", "Rationale: thin NHS margins.", Uncertain = Distribution.Gamma, Sd = 0.015)]
    public double BidMargin { get; init; }

    [Number(1.5, "bidders", 0, 100, "Mean number of bidders from outside the area per tender (an entrant takes a free slot if it wins).",
        "MODEL-BRIEF: an entrant's chance to win about one in five.", Uncertain = Distribution.Gamma, Sd = 0.5)]
    public double OutsideBidders { get; init; }

    [Number(0.15, "x annual value", 0, 5, "Value a commissioner places on an established relationship, x trust x negotiated order, counted against tendering.",
        "Three-PCT study: commissioners valued providers' knowledge.")]
    public double LostRelationalValue { get; init; }

    [Number(0.04, "relative", 0, 1, "Price cut won at a renegotiation, x provider competition.", "MODEL-BRIEF medium 2: pressures price.")]
    public double PricePressure { get; init; }

    [Integer(9, "months", 0, 120, "Months of disruption after a service moves provider, during which care quality is reduced x (1 - parcelability).",
        "Livewell: data extraction delayed up to nine months in transition.")]
    public int TransitionMonths { get; init; }

    [Number(0.3, "0-1", 0, 1, "Share of care quality lost at the start of a transition for a wholly unparcelable service.", "Three-PCT study: pathways span several providers.")]
    public double TransitionQualityLoss { get; init; }

}
