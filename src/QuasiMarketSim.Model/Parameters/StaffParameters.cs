using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>The regional market for specialist staff. The "staff" section of a scenario.</summary>
internal sealed class StaffParameters : IParameterSection
{
    /// <summary>The section, generated from the declarations below.</summary>
    public static SectionSpec Spec { get; } = SectionSpec.Of<StaffParameters>("staff", "Staff pools per region and category: training, attrition, recruitment, poaching, transfers.");

    [Number(0.115, "per year", 0, 1, "Share of staff leaving the profession in a year.", "NHS leaver rate about 11.5% a year (MODEL-BRIEF).",
        Uncertain = Distribution.Gamma, Sd = 0.02, SdSource = "NHS staff leaver rates of 10-13% a year across professions and years (MODEL-BRIEF).")]
    public double LeaverRate { get; init; }

    [Integer(36, "months", 0, 240, "Pipeline delay from starting training to joining the pool.", "About three years for a nurse (MODEL-BRIEF).")]
    public int TrainingMonths { get; init; }

    [Number(0.3, "per month", 0, 1, "Share of its vacancies a provider can fill from the pool in a month, pool permitting.",
        "Rationale: recruitment takes months.", Uncertain = Distribution.Gamma, Sd = 0.1)]
    public double RecruitmentRate { get; init; }

    [Number(0.4, "per month per unit gap", 0, 10, "Share of remaining vacancies filled from less attractive providers per month, per unit gap in attractiveness (wage premium less workload).",
        "Three-PCT study: 'robbing the existing stroke services'.", Uncertain = Distribution.Gamma, Sd = 0.15)]
    public double PoachingRate { get; init; }

    [Number(0.08, "x wage", 0, 1, "Wage premium entrants and private firms offer to recruit.", "Three-PCT study: a new provider could offer more attractive terms.")]
    public double EntrantWagePremium { get; init; }

    [Number(0.6, "0-1", 0, 1, "Share of the team working on a contract that moves with it to a new provider.", "Three-PCT study: staff transfers and secondments.")]
    public double TransferShare { get; init; }

    [Number(1.05, "x staff needed", 1, 3, "Staffing a provider keeps before it releases surplus staff to the pool.", "Rationale: providers hold a small buffer.")]
    public double SurplusMargin { get; init; }

    [Number(0.2, "per month", 0, 1, "Share of a surplus above the margin released to the pool each month.", "Rationale: staff are released over months, not at once.")]
    public double SurplusRelease { get; init; }

    [Number(0.05, "x wage per vacancy rate", 0, 5,
        "How much a provider's vacancy rate makes its posts less attractive, in units of relative wage (the workload of covering gaps): a 10% vacancy rate is worth half a point of pay.",
        "MODEL-BRIEF: poaching follows wage and amenity differences (the size is assumed).", Uncertain = Distribution.Gamma, Sd = 0.02)]
    public double WorkloadWeight { get; init; }

    /// <summary>The monthly leaver rate that compounds to leaver_rate over a year.</summary>
    public double MonthlyLeaverRate => 1 - Math.Pow(1 - LeaverRate, 1.0 / 12);
}
