using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>
/// Health outcomes and costs as a health-economic evaluation reads them: quality-adjusted life years from disease
/// severity and admissions, and both QALYs and costs discounted. The "economics" section of a scenario.
/// </summary>
internal sealed class EconomicsParameters : IParameterSection
{
    private const string Ukpds = "Clarke et al. 2002 (UKPDS 62): EQ-5D 0.785 in type 2 diabetes without complications, "
        + "with decrements of 0.06-0.28 per complication (heart failure, stroke, amputation); Sullivan et al. 2011 UK EQ-5D catalogue.";

    /// <summary>The section, generated from the declarations below.</summary>
    public static SectionSpec Spec { get; } = SectionSpec.Of<EconomicsParameters>("economics",
        "Health outcomes (QALYs) and discounting, for cost-effectiveness (NICE reference case).");

    [Number(0.8, "utility 0-1", 0, 1, "Health-related quality of life (EQ-5D utility) of a patient at severity 0, newly diagnosed.", Ukpds,
        Uncertain = Distribution.Beta, Sd = 0.03, SdSource = "UKPDS 62 reports standard errors of about 0.01 for the baseline; widened for other conditions.")]
    public double UtilityAtDiagnosis { get; init; }

    [Number(0.45, "utility 0-1", 0, 1, "Utility at severity 1 (end-stage, several complications); utility falls linearly with severity in between.", Ukpds,
        Uncertain = Distribution.Beta, Sd = 0.08, SdSource = "Judgement: the sum of several complications' decrements is uncertain.")]
    public double UtilityAtEndStage { get; init; }

    [Number(0.008, "QALYs per admission", 0, 1, "QALYs lost by an unplanned admission (beyond the severity it reflects).",
        "Judgement: an EQ-5D fall of about 0.1 for a month around the admission.", Uncertain = Distribution.Gamma, Sd = 0.004)]
    public double AdmissionQalyLoss { get; init; }

    [Number(0.035, "per year", 0, 0.2, "Discount rate of both costs and QALYs from the first recorded month (after the warm-up).",
        "NICE reference case (NICE 2022 health technology evaluations manual, 4.5.1): 3.5% a year for costs and health effects.")]
    public double DiscountRate { get; init; }

    /// <summary>The discount factor of recorded month <paramref name="month"/> (0 = the first): (1 + r)^(-month / 12).</summary>
    public double DiscountFactor(int month) => Math.Pow(1 + DiscountRate, -month / 12.0);

    /// <summary>Utility of a patient of severity <paramref name="severity"/>: linear from diagnosis to end-stage.</summary>
    public double Utility(double severity) => UtilityAtDiagnosis + (UtilityAtEndStage - UtilityAtDiagnosis) * severity;
}
