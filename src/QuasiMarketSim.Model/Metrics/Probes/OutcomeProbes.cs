namespace QuasiMarketSim.Model.Metrics.Probes;

/// <summary>
/// Health outcomes and costs as a health-economic evaluation counts them (NICE reference case): QALYs and the cost to
/// the NHS, both discounted from the first recorded month. Their whole-run totals are what cost-effectiveness reads.
/// </summary>
internal static class OutcomeProbes
{
    public static readonly Probe Qalys = Probe.Flow("qalys", "QALYs (discounted)", "QALYs per month", "outcomes",
        "Quality-adjusted life years lived by all patients this month (utility falls with severity; admissions cost QALYs), discounted.",
        t =>
        {
            var e = t.World.P.Economics;
            return (t.PatientCount * e.Utility(t.SeverityMean) / 12 - t.Admissions * e.AdmissionQalyLoss) * e.DiscountFactor(t.RecordedMonth);
        }).HigherIsBetter();

    public static readonly Probe NhsCost = Probe.Flow("nhs_cost", "cost to the NHS (discounted)", "GBP per month", "outcomes",
        "What commissioners paid this month (contracts, unplanned admissions, their transaction costs), discounted.",
        t => CostProbes.CommissionerCost.Read(t) * t.World.P.Economics.DiscountFactor(t.RecordedMonth)).LowerIsBetter();
}
