namespace QuasiMarketSim.Model.Metrics.Probes;

/// <summary>Care and its results for patients: quality, admissions, unmet need, severity, cream-skimming, innovation.</summary>
internal static class CareProbes
{
    public static readonly Probe Quality = Probe.Index("quality_true_mean", "quality", "care",
        "Patient-weighted mean quality of care delivered.", t => t.Quality / t.Patients).HigherIsBetter();

    public static readonly Probe Believed = Probe.Index("quality_believed_mean", "quality as commissioners believe", "care",
        "Patient-weighted mean of commissioners' beliefs about quality.", t => t.Believed / t.Patients);

    public static readonly Probe Gaming = Probe.Index("gaming", "gaming of measures", "care",
        "Patient-weighted effort providers put into raising measured rather than true quality.", t => t.Gaming);

    public static readonly Probe Admissions = Probe.Flow("unplanned_admissions", "unplanned admissions", "count per month", "care",
        "Unplanned hospital admissions of patients.", t => t.Admissions);

    public static readonly Probe AdmissionsPer1000 = Probe.Level("admissions_per_1000", "unplanned admissions per 1,000", "per 1,000 patients per month", "care",
        "Unplanned admissions per 1,000 patients.", t => t.Admissions / t.Patients * 1000).LowerIsBetter();

    public static readonly Probe Unmet = Probe.Flow("unmet_demand", "patients not seen", "patient-months", "care",
        "Patients who were not seen this month (staff shortage or cream-skimming).", t => t.Unmet);

    public static readonly Probe UnmetShare = Probe.Share("unmet_share", "share of patients not seen", "care",
        "Share of patients not seen this month.", t => t.Unmet / t.Patients).LowerIsBetter();

    public static readonly Probe Severity = Probe.Index("severity_mean", "disease severity", "care",
        "Mean disease severity.", t => t.SeverityMean);

    public static readonly Probe CreamSkimming = Probe.Index("cream_skimming_index", "cream-skimming", "care",
        "1 minus the ratio of high-risk to low-risk patients' chance of being seen.",
        t => MetricTally.CreamSkimming(t.HighRisk, t.HighRiskServed, t.LowRisk, t.LowRiskServed));

    public static readonly Probe Innovation = Probe.Share("innovation_adoption", "innovation adoption", "care",
        "Share of GP practices that have adopted risk-stratified telephone care.", t => t.Adoption).HigherIsBetter();
}
