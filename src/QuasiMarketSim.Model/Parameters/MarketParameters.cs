using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>Provider entry and exit, and the spread of innovation. The "market" section of a scenario.</summary>
internal sealed class MarketParameters : IParameterSection
{
    /// <summary>The section, generated from the declarations below.</summary>
    public static SectionSpec Spec { get; } = SectionSpec.Of<MarketParameters>("market", "Entry, exit and innovation spread.");

    [Number(0.3, "per area per year", 0, 100, "Hazard of a private provider entering an area per year when every contract is tendered each year at a 10% margin.",
        "Rationale: entry follows tenders and margins.")]
    public double EntryRate { get; init; }

    [Number(0.03, "per year", 0, 5, "Bass innovation coefficient p (external influence).", "Bass 1969; MODEL-BRIEF p about 0.03.", Uncertain = Distribution.Gamma, Sd = 0.01)]
    public double BassP { get; init; }

    [Number(0.38, "per year", 0, 5, "Bass imitation coefficient q at trust 0.5 and moderate challenge.", "Bass 1969; MODEL-BRIEF q about 0.38.", Uncertain = Distribution.Gamma, Sd = 0.12)]
    public double BassQ { get; init; }

    [Number(1, "-", 0, 10, "Elasticity of imitation q in trust: q x (2 T)^e.", "MODEL-BRIEF: q rises with trust.")]
    public double TrustOnImitation { get; init; }

    [Number(0.5, "-", 0, 10, "Imitation is multiplied by (0.5 + challenge)^e: high trust with high challenge is best for innovation.", "Livewell lesson 4.")]
    public double ChallengeOnImitation { get; init; }

    [Number(0, "0-1", 0, 1, "Share of practices that have adopted risk stratification at the start.", "Livewell: the lead practice innovated first.")]
    public double InitialAdoption { get; init; }

    [Flag(false, "Private firms start having adopted risk-stratified telephone care (a Livewell-like partner).", "Livewell: private partner brought analytics and telephone care.")]
    public bool PrivateInnovators { get; init; }

    [Number(0.1, "share of price", 0.001, 10, "Mean margin at which entry runs at entry_rate x tender rate: hazard = entry_rate / 12 x tender rate x margin / this.",
        "Rationale: a 10% margin attracts entry.")]
    public double EntryMargin { get; init; }

    [Integer(12, "months", 1, 600, "Months over which entrants remember tenders: the count keeps (m - 1)/m of itself each month.", "Rationale: firms watch a year of tendering.")]
    public int TenderMemoryMonths { get; init; }

    [Number(1, "months of value", 0, 120, "Capital a spontaneous entrant brings, in months of the area's mean contract value.", "Rationale: enough to trade for a while.")]
    public double EntryCapitalMonths { get; init; }

    [Number(2, "months of value", 0, 120, "Capital an outside bidder that wins a contract (or arrives by event) brings, in months of the contract's value.",
        "Rationale: a winning entrant is funded to deliver.")]
    public double WinnerCapitalMonths { get; init; }

    [Number(3, "x", 1, 100, "Multiplier on external innovation influence when a partner that has adopted holds a contract in the area.", "Livewell: the partner brought the innovation.")]
    public double PartnerInfluence { get; init; }
}
