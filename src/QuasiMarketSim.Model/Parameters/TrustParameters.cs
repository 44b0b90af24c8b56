using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>Trust in each relationship, both sides. The "trust" section of a scenario.</summary>
internal sealed class TrustParameters : IParameterSection
{
    private const string PantYu = "Pant and Yu 2025; Slovic's asymmetry principle (MODEL-BRIEF).";

    /// <summary>The section, generated from the declarations below.</summary>
    public static SectionSpec Spec { get; } = SectionSpec.Of<TrustParameters>("trust", "Trust dynamics of each relationship (commissioner's and provider's side).");

    [Number(0.7, "0-1", 0, 1, "Incumbents' initial trust when relational_mix is 1 (interpolated to initial_transactional at 0).", "Three-PCT study: long-standing, trusting relationships.")]
    public double InitialRelational { get; init; }

    [Number(0.45, "0-1", 0, 1, "Incumbents' initial trust when relational_mix is 0.", "Rationale: arm's length, below neutral-high.")]
    public double InitialTransactional { get; init; }

    [Number(0.4, "0-1", 0, 1, "Trust at the start of a relationship with a provider new to the commissioner.", "Rationale: strangers start below incumbents.")]
    public double NewRelationship { get; init; }

    [Number(10, "per quality unit", 0, 1000,
        "k in the signal s = tanh(k x gap), the gap being the change the observation makes to the belief; the drift that observation noise alone would cause is taken off.", PantYu,
        Uncertain = Distribution.LogNormal, Sd = 3)]
    public double Sensitivity { get; init; }

    [Number(0.03, "per month", 0, 1, "a+: trust gained per month from a fully positive signal, dT = a+ s (1 - T).", PantYu, Uncertain = Distribution.Gamma, Sd = 0.01)]
    public double GainRate { get; init; }

    [Number(0.09, "per month", 0, 1,
        "a-: trust lost per month from a fully negative signal, dT = a- s T for s < 0 (about three times gain_rate: losses outweigh gains).", PantYu, Uncertain = Distribution.Gamma, Sd = 0.03)]
    public double LossRate { get; init; }

    [Number(0.012, "per month", 0, 1, "Trust built per month by joint working at full negotiated order, x (1 - T).",
        "Livewell: close co-design built high trust.", Uncertain = Distribution.Gamma, Sd = 0.004)]
    public double ContactGain { get; init; }

    [Number(0.01, "per month", 0, 1, "Forgetting: pull per month toward the neutral baseline, whatever the contact (contact builds trust separately).",
        "Josang and Ismail 2002 (forgetting).", Uncertain = Distribution.Gamma, Sd = 0.004)]
    public double Decay { get; init; }

    [Number(0.5, "0-1", 0, 1, "Neutral trust that decay pulls toward.", "Rationale: indifference.")]
    public double Baseline { get; init; }

    [Number(0.012, "per month", 0, 1, "Provider trust lost per month at full provider competition (the threat of exit), x T.", "MODEL-BRIEF medium 2: lowers trust, threatens exit.")]
    public double CompetitionErosion { get; init; }

    [Number(0.06, "0-1", 0, 1, "Share of provider trust lost when a contract penalty is enforced.", "MODEL-BRIEF medium 5: enforcement lowers trust.")]
    public double PenaltyShock { get; init; }

    [Number(0.15, "0-1", 0, 1, "Share of an incumbent's trust lost when its contract is put out to tender.",
        "Three-PCT study: commissioners wary of conflict with providers.", Uncertain = Distribution.Beta, Sd = 0.05)]
    public double TenderShock { get; init; }

    [Number(0.3, "0-1", 0, 1, "Provider trust below which an enforced penalty becomes a dispute (adding dispute costs).", "Three-PCT study: commissioners wary of conflict with providers.")]
    public double DisputeThreshold { get; init; }

    [Number(0.5, "0-1", 0, 1, "How much contact depends on organisational memory: contact x ((1 - weight) + weight x memory).", "Livewell: staff leaving broke relationships.")]
    public double MemoryWeight { get; init; }
}
