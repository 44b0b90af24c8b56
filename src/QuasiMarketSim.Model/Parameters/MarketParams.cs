using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>Provider entry and exit, and the spread of innovation.</summary>
public static class MarketParams
{
    public static readonly FieldSpec EntryRate = FieldSpec.Number("entry_rate", 0.3, "per area per year", 0, 100, "Hazard of a private provider entering an area per year when every contract is tendered each year at a 10% margin.", "Rationale: entry follows tenders and margins.");
    public static readonly FieldSpec BassP = FieldSpec.Number("bass_p", 0.03, "per year", 0, 5, "Bass innovation coefficient p (external influence).", "Bass 1969; MODEL-BRIEF p about 0.03.");
    public static readonly FieldSpec BassQ = FieldSpec.Number("bass_q", 0.38, "per year", 0, 5, "Bass imitation coefficient q at trust 0.5 and moderate challenge.", "Bass 1969; MODEL-BRIEF q about 0.38.");
    public static readonly FieldSpec TrustOnImitation = FieldSpec.Number("trust_on_imitation", 1, "-", 0, 10, "Elasticity of imitation q in trust: q x (2 T)^e.", "MODEL-BRIEF: q rises with trust.");
    public static readonly FieldSpec ChallengeOnImitation = FieldSpec.Number("challenge_on_imitation", 0.5, "-", 0, 10, "Imitation is multiplied by (0.5 + challenge)^e: high trust with high challenge is best for innovation.", "Livewell lesson 4.");
    public static readonly FieldSpec InitialAdoption = FieldSpec.Number("initial_adoption", 0, "0-1", 0, 1, "Share of practices that have adopted risk stratification at the start.", "Livewell: the lead practice innovated first.");
    public static readonly FieldSpec PrivateInnovators = FieldSpec.Flag("private_innovators", false, "Private firms start having adopted risk-stratified telephone care (a Livewell-like partner).", "Livewell: private partner brought analytics and telephone care.");

    /// <summary>The section.</summary>
    public static SectionSpec Section { get; } = new("market", "Entry, exit and innovation spread.",
        EntryRate, BassP, BassQ, TrustOnImitation, ChallengeOnImitation, InitialAdoption, PrivateInnovators);
}
