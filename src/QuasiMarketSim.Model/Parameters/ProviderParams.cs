using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>Providers' quality, effort, motivation, costs and finances.</summary>
public static class ProviderParams
{
    public static readonly FieldSpec QualityMean = FieldSpec.Number("quality_mean", 0.6, "0-1", 0, 1, "Mean initial true quality of care.", "Rationale: mid-range; only relative changes are read.");
    public static readonly FieldSpec QualitySd = FieldSpec.Number("quality_sd", 0.08, "quality units", 0, 1, "Spread of initial true quality between providers.", "Rationale: providers differ but not wildly.");
    public static readonly FieldSpec QualityAdjustment = FieldSpec.Number("quality_adjustment", 0.05, "per month", 0, 1, "Share of the gap between quality and its effort- and staff-driven target closed per month.", "Rationale: service change takes years (Livewell).");
    public static readonly FieldSpec BaseEffort = FieldSpec.Number("base_effort", 0.75, "0-1", 0, 1, "Effort with no incentive, guidance or challenge (professional norm).", "Three-PCT study: shared motivation to improve care.");
    public static readonly FieldSpec FinancialResponse = FieldSpec.Number("financial_response", 0.25, "effort per unit", 0, 2, "Effort added by full financial incentives, x the provider's finance motivation.", "MODEL-BRIEF medium 3.");
    public static readonly FieldSpec EthosResponse = FieldSpec.Number("ethos_response", 0.25, "effort per unit", 0, 2, "Effort added by full ideological control, x ethos motivation x (0.5 + 0.5 trust).", "MODEL-BRIEF medium 4: works better with trust.");
    public static readonly FieldSpec ChallengeResponse = FieldSpec.Number("challenge_response", 0.2, "effort per unit", 0, 2, "Effort added by full challenge (scrutiny, enforcement, contestability).", "Livewell Table 2: high challenge.");
    public static readonly FieldSpec Complacency = FieldSpec.Number("complacency", 0.25, "effort per unit", 0, 2, "Effort lost at full trust with no challenge ('too close').", "Livewell discussion: the hazard of closeness without challenge.");
    public static readonly FieldSpec StaffingElasticity = FieldSpec.Number("staffing_elasticity", 0.6, "-", 0, 3, "Exponent of the staffing ratio in the quality target.", "Rationale: understaffing lowers quality less than proportionally.");
    public static readonly FieldSpec FullServiceStaffing = FieldSpec.Number("full_service_staffing", 0.9, "ratio", 0.1, 1, "Staffing ratio at and above which every patient can be seen (10% vacancies are absorbed).", "NHS vacancy rates around 10% (MODEL-BRIEF).");
    public static readonly FieldSpec FinanceMotivationNhs = FieldSpec.Number("finance_motivation_nhs", 0.3, "0-1", 0, 1, "Weight on finance (vs professional ethos) of NHS trusts.", "Three-PCT study: complex motivations, money featured little.");
    public static readonly FieldSpec FinanceMotivationGp = FieldSpec.Number("finance_motivation_gp", 0.45, "0-1", 0, 1, "Weight on finance of GP practices (independent contractors).", "Rationale: small businesses with a professional ethos.");
    public static readonly FieldSpec FinanceMotivationPrivate = FieldSpec.Number("finance_motivation_private", 0.75, "0-1", 0, 1, "Weight on finance of private firms.", "Bartlett and Le Grand: providers motivated partly by finance.");
    public static readonly FieldSpec FinanceMotivationVoluntary = FieldSpec.Number("finance_motivation_voluntary", 0.15, "0-1", 0, 1, "Weight on finance of voluntary organisations.", "Rationale: mission-driven.");
    public static readonly FieldSpec OverheadPerPatient = FieldSpec.Number("overhead_per_patient", 12, "GBP per patient-month", 0, 10000, "Non-staff cost of caring for one patient for a month.", "Rationale: illustrative; results are read in relative terms.");
    public static readonly FieldSpec PrivateEfficiency = FieldSpec.Number("private_efficiency", 0.92, "x cost", 0.1, 2, "Private firms' cost relative to NHS providers.", "Rationale: leaner overheads, assumed modest.");
    public static readonly FieldSpec InitialReserves = FieldSpec.Number("initial_reserves", 2, "months of revenue", 0, 120, "Financial reserves at the start.", "Rationale: thin NHS balance sheets.");
    public static readonly FieldSpec ExitAfterMonths = FieldSpec.Integer("exit_after_months", 18, "months", 1, 600, "Consecutive months in deficit (negative reserves) before a provider exits.", "Rationale: sustained losses, not one bad year.");
    public static readonly FieldSpec CreamSkimPropensity = FieldSpec.Number("cream_skim_propensity", 0.5, "0-1", 0, 1, "Share of high-risk patients a fully finance-motivated, unmonitored provider turns away under activity payment.", "Bartlett and Le Grand: cream-skimming where it pays.");
    public static readonly FieldSpec RenegeGain = FieldSpec.Number("renege_gain", 0.6, "x monthly value", 0, 100, "One-off gain a provider takes by reneging on relational quality commitments.", "Baker, Gibbons and Murphy 2002; Levin 2003.");
    public static readonly FieldSpec Discount = FieldSpec.Number("discount", 0.98, "per month", 0, 0.9999, "Monthly discount factor d of the relational contract (falls when the relationship is expected to end).", "Baker, Gibbons and Murphy 2002.");
    public static readonly FieldSpec RelationalSurplus = FieldSpec.Number("relational_surplus", 0.03, "x monthly value", 0, 10, "Surplus per month of a relational over a spot contract at full trust and negotiated order.", "Levin 2003.");
    public static readonly FieldSpec RenegeEffortLoss = FieldSpec.Number("renege_effort_loss", 0.25, "effort", 0, 1, "Effort withdrawn while a provider reneges.", "Rationale: opportunism is partial.");

    /// <summary>The section.</summary>
    public static SectionSpec Section { get; } = new("providers", "Providers' quality, effort, motivation, costs and finances.",
        QualityMean, QualitySd, QualityAdjustment, BaseEffort, FinancialResponse, EthosResponse, ChallengeResponse, Complacency,
        StaffingElasticity, FullServiceStaffing, FinanceMotivationNhs, FinanceMotivationGp, FinanceMotivationPrivate,
        FinanceMotivationVoluntary, OverheadPerPatient, PrivateEfficiency, InitialReserves, ExitAfterMonths, CreamSkimPropensity,
        RenegeGain, Discount, RelationalSurplus, RenegeEffortLoss);
}
