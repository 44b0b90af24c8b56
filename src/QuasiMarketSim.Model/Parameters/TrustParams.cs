using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>Trust in each relationship, both sides.</summary>
public static class TrustParams
{
    private const string PantYu = "Pant and Yu 2025; Slovic's asymmetry principle (MODEL-BRIEF).";

    public static readonly FieldSpec InitialRelational = FieldSpec.Number("initial_relational", 0.7, "0-1", 0, 1, "Incumbents' initial trust when relational_mix is 1 (interpolated to initial_transactional at 0).", "Three-PCT study: long-standing, trusting relationships.");
    public static readonly FieldSpec InitialTransactional = FieldSpec.Number("initial_transactional", 0.45, "0-1", 0, 1, "Incumbents' initial trust when relational_mix is 0.", "Rationale: arm's length, below neutral-high.");
    public static readonly FieldSpec NewRelationship = FieldSpec.Number("new_relationship", 0.4, "0-1", 0, 1, "Trust at the start of a relationship with a provider new to the commissioner.", "Rationale: strangers start below incumbents.");
    public static readonly FieldSpec Sensitivity = FieldSpec.Number("sensitivity", 10, "per quality unit", 0, 1000, "k in the signal s = tanh(k x gap), the gap being the change the observation makes to the belief (noise discounted).", PantYu);
    public static readonly FieldSpec GainRate = FieldSpec.Number("gain_rate", 0.03, "per month", 0, 1, "a+: trust gained per month from a fully positive signal, dT = a+ s (1 - T).", PantYu);
    public static readonly FieldSpec LossRatio = FieldSpec.Number("loss_ratio", 3, "x gain_rate", 1, 20, "a- / a+: losses outweigh gains; dT = a- s T for s < 0.", PantYu);
    public static readonly FieldSpec ContactGain = FieldSpec.Number("contact_gain", 0.012, "per month", 0, 1, "Trust built per month by joint working at full negotiated order, x (1 - T).", "Livewell: close co-design built high trust.");
    public static readonly FieldSpec Decay = FieldSpec.Number("decay", 0.01, "per month", 0, 1, "Pull per month toward the neutral baseline when there is no contact.", "Josang and Ismail 2002 (forgetting).");
    public static readonly FieldSpec Baseline = FieldSpec.Number("baseline", 0.5, "0-1", 0, 1, "Neutral trust that decay pulls toward.", "Rationale: indifference.");
    public static readonly FieldSpec CompetitionErosion = FieldSpec.Number("competition_erosion", 0.012, "per month", 0, 1, "Provider trust lost per month at full provider competition (the threat of exit), x T.", "MODEL-BRIEF medium 2: lowers trust, threatens exit.");
    public static readonly FieldSpec PenaltyShock = FieldSpec.Number("penalty_shock", 0.06, "0-1", 0, 1, "Share of provider trust lost when a contract penalty is enforced.", "MODEL-BRIEF medium 5: enforcement lowers trust.");
    public static readonly FieldSpec TenderShock = FieldSpec.Number("tender_shock", 0.15, "0-1", 0, 1, "Share of an incumbent's trust lost when its contract is put out to tender.", "Three-PCT study: commissioners wary of conflict with providers.");

    /// <summary>The section.</summary>
    public static SectionSpec Section { get; } = new("trust", "Trust dynamics of each relationship (commissioner's and provider's side).",
        InitialRelational, InitialTransactional, NewRelationship, Sensitivity, GainRate, LossRatio, ContactGain, Decay, Baseline,
        CompetitionErosion, PenaltyShock, TenderShock);
}
