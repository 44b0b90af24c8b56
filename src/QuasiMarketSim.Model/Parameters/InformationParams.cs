using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>How commissioners observe providers and update beliefs.</summary>
public static class InformationParams
{
    public static readonly FieldSpec NoiseSd = FieldSpec.Number("noise_sd", 0.3, "quality units", 0, 5, "Standard deviation of a monthly quality observation with no information systems, monitoring or sharing.", "Three-PCT study: 'six different numbers'; activity data counted by hand.");
    public static readonly FieldSpec MonitoringEffect = FieldSpec.Number("monitoring_effect", 0.6, "0-1", 0, 1, "Fraction of noise removed by full monitoring.", "MODEL-BRIEF: noise shrinks with monitoring.");
    public static readonly FieldSpec SharingEffect = FieldSpec.Number("sharing_effect", 0.5, "0-1", 0, 1, "Fraction of noise removed by full information sharing (negotiated order x trust).", "Livewell: agreed information sharing; practice profiles.");
    public static readonly FieldSpec BeliefDrift = FieldSpec.Number("belief_drift", 0.0004, "quality units^2 per month", 0, 1, "Variance added to each belief per month, because quality changes.", "Rationale: a belief a year old is worth less.");
    public static readonly FieldSpec PriorSd = FieldSpec.Number("prior_sd", 0.2, "quality units", 0, 5, "Belief standard deviation about a provider the commissioner has not contracted.", "Rationale: uncertainty about a stranger.");
    public static readonly FieldSpec CostNoiseSd = FieldSpec.Number("cost_noise_sd", 0.15, "relative", 0, 5, "Relative noise of a cost observation before information effects.", "Three-PCT study: accurate cost picture rarely apparent.");

    /// <summary>The section.</summary>
    public static SectionSpec Section { get; } = new("information", "Observation noise and belief updating (normal-normal).",
        NoiseSd, MonitoringEffect, SharingEffect, BeliefDrift, PriorSd, CostNoiseSd);
}
