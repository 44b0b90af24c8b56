using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>The regional market for specialist staff.</summary>
public static class StaffParams
{
    public static readonly FieldSpec LeaverRate = FieldSpec.Number("leaver_rate", 0.115, "per year", 0, 1, "Share of staff leaving the profession in a year.", "NHS leaver rate about 11.5% a year (MODEL-BRIEF).");
    public static readonly FieldSpec TrainingMonths = FieldSpec.Integer("training_months", 36, "months", 0, 240, "Pipeline delay from starting training to joining the pool.", "About three years for a nurse (MODEL-BRIEF).");
    public static readonly FieldSpec RecruitmentRate = FieldSpec.Number("recruitment_rate", 0.3, "per month", 0, 1, "Share of its vacancies a provider can fill from the pool in a month, pool permitting.", "Rationale: recruitment takes months.");
    public static readonly FieldSpec PoachingRate = FieldSpec.Number("poaching_rate", 0.4, "per month per wage gap", 0, 10, "Share of remaining vacancies filled from other providers per month, per unit relative wage gap.", "Three-PCT study: 'robbing the existing stroke services'.");
    public static readonly FieldSpec EntrantWagePremium = FieldSpec.Number("entrant_wage_premium", 0.08, "x wage", 0, 1, "Wage premium entrants and private firms offer to recruit.", "Three-PCT study: a new provider could offer more attractive terms.");
    public static readonly FieldSpec TransferShare = FieldSpec.Number("transfer_share", 0.6, "0-1", 0, 1, "Share of the team working on a contract that moves with it to a new provider.", "Three-PCT study: staff transfers and secondments.");

    /// <summary>The section.</summary>
    public static SectionSpec Section { get; } = new("staff", "Staff pools per region and category: training, attrition, recruitment, poaching, transfers.",
        LeaverRate, TrainingMonths, RecruitmentRate, PoachingRate, EntrantWagePremium, TransferShare);
}
