using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>Patients with long-term conditions: progression, adherence and unplanned admissions. The "patients" section of a scenario.</summary>
internal sealed class PatientParameters : IParameterSection
{
    /// <summary>The section, generated from the declarations below.</summary>
    public static SectionSpec Spec { get; } = SectionSpec.Of<PatientParameters>("patients", "Patients with long-term conditions.");

    [Number(0.008, "severity per month", 0, 1, "Disease progression per month without effective care (severity runs 0 to 1).", "Rationale: LTCs progress over a decade or more.")]
    public double Progression { get; init; }

    [Number(0.006, "severity per month", 0, 1, "Half-width of the uniform monthly noise in progression.", "Rationale: individual variation.")]
    public double ProgressionNoise { get; init; }

    [Number(0.7, "0-1", 0, 1, "Share of progression prevented by care of quality 1 with full adherence.",
        "Three-PCT study: care to delay onset and progression.", Uncertain = Distribution.Beta, Sd = 0.1)]
    public double CareEffect { get; init; }

    [Number(0.02, "per month", 0, 1, "Monthly unplanned admission probability of a patient of severity 0.5 without care.",
        "Rationale: about a quarter of LTC patients admitted a year.", Uncertain = Distribution.Gamma, Sd = 0.005)]
    public double AdmissionRate { get; init; }

    [Number(3, "per severity", 0, 20, "Log-hazard gradient of admissions in severity: hazard x exp(g (severity - 0.5)).", "Rationale: admissions concentrate in the sickest.")]
    public double AdmissionGradient { get; init; }

    [Number(0.35, "0-1", 0, 1, "Share of admissions avoided by care of quality 1.", "Livewell: reducing unplanned admissions was the aim.", Uncertain = Distribution.Beta, Sd = 0.08)]
    public double CareAdmissionEffect { get; init; }

    [Number(0.25, "0-1", 0, 1, "Further share of high-risk patients' admissions avoided when practice and provider have adopted risk-stratified telephone care.",
        "Livewell: 'armbands for weak swimmers'.")]
    public double TelephoneCareEffect { get; init; }

    [Number(0.6, "severity", 0, 1, "Severity from which a patient is high risk (tier 3).", "Three-PCT study: tiered diabetes model.")]
    public double HighRiskThreshold { get; init; }

    [Number(0.55, "severity", 0, 1, "Mean severity at the start.", "Rationale: with steady progression and replacement at end-stage, severity is spread evenly between new_diagnosis_severity and 1.")]
    public double InitialSeverityMean { get; init; }

    [Number(0.45, "severity", 0, 1, "Half-width of the uniform initial severity around the mean.", "Rationale: the stationary case mix (uniform on [0.1, 1)).")]
    public double InitialSeveritySpread { get; init; }

    [Number(0.1, "severity", 0, 1, "Severity of a newly diagnosed patient who replaces one who reached end-stage (severity 1).", "Rationale: constant prevalence, turnover at end-stage.")]
    public double NewDiagnosisSeverity { get; init; }

    [Number(1590, "GBP per admission", 0, 100000, "Cost to the commissioner of one unplanned admission (charged each month with the admissions).",
        "NHS reference costs 2016/17: average non-elective inpatient episode GBP 1,590, excess bed days extra (HFMA, 5 December 2017).",
        Uncertain = Distribution.Gamma, Sd = 320, SdSource = "NHS reference costs: non-elective episodes vary widely by condition and length of stay; sd about 20% of the mean assumed.")]
    public double AdmissionCost { get; init; }

    [Number(1, "x overhead", 0, 20, "Extra non-staff cost of seeing a high-risk patient, as a multiple of the overhead per patient: what makes cream-skimming pay under activity payment.",
        "Rationale: complex patients cost more to care for (assumed size); Bartlett and Le Grand on cream-skimming.", Uncertain = Distribution.Gamma, Sd = 0.35)]
    public double HighRiskCostPremium { get; init; }

    [Number(0.7, "0-1", 0, 1, "Mean adherence to care.", "Livewell: motivating self-care is hard in deprived areas.")]
    public double AdherenceMean { get; init; }

    [Number(0.25, "0-1", 0, 1, "Half-width of the uniform adherence around the mean.", "Rationale: broad variation.")]
    public double AdherenceSpread { get; init; }
}
