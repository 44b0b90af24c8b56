namespace QuasiMarketSim.Model.Metrics.Probes;

/// <summary>Spending on care and the transaction costs of commissioning it.</summary>
internal static class CostProbes
{
    public static readonly Probe ExAnte = Probe.Flow("tc_ex_ante", "ex ante transaction costs", "GBP per month", "costs",
        "Ex ante transaction costs this month (specification, tendering, negotiation, transition).", t => t.ExAnte);

    public static readonly Probe ExPost = Probe.Flow("tc_ex_post", "ex post transaction costs", "GBP per month", "costs",
        "Ex post transaction costs this month (monitoring, haggling, meetings, data, disputes).", t => t.ExPost);

    public static readonly Probe Share = Probe.Share("tc_share_of_spend", "transaction-cost share", "costs",
        "Transaction costs as a share of spend on care plus transaction costs.",
        t => t.Spend + t.ExAnte + t.ExPost > 0 ? (t.ExAnte + t.ExPost) / (t.Spend + t.ExAnte + t.ExPost) : 0).LowerIsBetter();

    public static readonly Probe Spend = Probe.Flow("spend", "spend on care", "GBP per month", "costs",
        "Paid by commissioners to providers for care this month.", t => t.Spend);

    public static readonly Probe Admissions = Probe.Flow("admission_spend", "spend on unplanned admissions", "GBP per month", "costs",
        "Paid by commissioners for their patients' unplanned admissions this month (admissions x patients.admission_cost).", t => t.World.Flows.AdmissionCost);

    public static readonly Probe CommissionerCost = Probe.Flow("commissioner_cost", "cost to commissioners", "GBP per month", "costs",
        "What commissioners paid this month: contracts, unplanned admissions and their share of transaction costs.",
        t => t.Spend + t.World.Flows.AdmissionCost + (t.ExAnte + t.ExPost) * t.World.P.TransactionCosts.CommissionerShare).LowerIsBetter();

    public static readonly Probe Savings = Probe.Level("savings_from_competition", "savings from competition", "GBP per month", "costs",
        "Monthly saving at current prices won by tenders (old price minus winning price, x patients).", t => t.Savings);
}
