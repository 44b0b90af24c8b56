using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>How commissioners observe providers and update beliefs. The "information" section of a scenario.</summary>
internal sealed class InformationParameters : IParameterSection
{
    /// <summary>The section, generated from the declarations below.</summary>
    public static SectionSpec Spec { get; } = SectionSpec.Of<InformationParameters>("information", "Observation noise and belief updating (normal-normal).");

    [Number(0.3, "quality units", 0, 5, "Standard deviation of a monthly quality observation with no information systems, monitoring or sharing.",
        "Three-PCT study: 'six different numbers'; activity data counted by hand.")]
    public double NoiseSd { get; init; }

    [Number(0.6, "0-1", 0, 1, "Fraction of noise removed by full monitoring.", "MODEL-BRIEF: noise shrinks with monitoring.")]
    public double MonitoringEffect { get; init; }

    [Number(0.5, "0-1", 0, 1, "Fraction of noise removed by full information sharing (negotiated order x trust).", "Livewell: agreed information sharing; practice profiles.")]
    public double SharingEffect { get; init; }

    [Number(0.0004, "quality units^2 per month", 0, 1, "Variance added to each belief per month, because quality changes.", "Rationale: a belief a year old is worth less.")]
    public double BeliefDrift { get; init; }

    [Number(0.2, "quality units", 0, 5, "Belief standard deviation about a provider the commissioner has not contracted.", "Rationale: uncertainty about a stranger.")]
    public double PriorSd { get; init; }

    [Number(0.15, "relative", 0, 5, "Relative noise of a cost observation before information effects.", "Three-PCT study: accurate cost picture rarely apparent.")]
    public double CostNoiseSd { get; init; }

    [Number(0.1, "per month", 0, 1, "Share of the gap between the believed and the observed provider margin closed each month.", "Three-PCT study: an accurate cost picture emerged slowly.")]
    public double MarginLearning { get; init; }

    [Number(0.7, "per unit weight", 0, 1, "Monitoring intensity from managerial performance scrutiny (medium 6): monitoring = this x w6 + monitoring_from_enforcement x w5, x the stance multiplier.",
        "MODEL-BRIEF medium 6: scrutiny of performance.")]
    public double MonitoringFromScrutiny { get; init; }

    [Number(0.3, "per unit weight", 0, 1, "Monitoring intensity from juridical governance (medium 5): contract enforcement needs some monitoring.", "MODEL-BRIEF medium 5.")]
    public double MonitoringFromEnforcement { get; init; }

    [Number(0.5, "0-1", 0, 1, "How much observation noise grows as organisational memory is lost: noise / ((1 - weight) + weight x memory).",
        "Livewell: staff leaving delayed and degraded information.")]
    public double MemoryWeight { get; init; }

    [Number(0.5, "x prior_sd", 0, 1, "Belief standard deviation about an incumbent at the start, as a share of prior_sd (the commissioner knows its incumbents better than strangers).",
        "Rationale: long-standing relationships.")]
    public double IncumbentBeliefShare { get; init; }
}
