using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Metrics.Probes;

namespace QuasiMarketSim.Model.Metrics;

/// <summary>
/// Every metric a run reports, in column order (ticks.csv keeps this order); per-line and per-category columns follow
/// the overall ones. Each metric is a probe declared once, with its concern, in <c>Metrics/Probes/</c>.
/// </summary>
public static class MetricCatalog
{
    private static readonly Probe[] CoreProbes =
    [
        TrustProbes.Mean, TrustProbes.P10, TrustProbes.ProviderMean,
        CostProbes.ExAnte, CostProbes.ExPost, CostProbes.Share, CostProbes.Spend, CostProbes.Admissions, CostProbes.CommissionerCost, CostProbes.Savings,
        MarketProbes.Mix, MarketProbes.Tenders, MarketProbes.Switches, MarketProbes.Decommissions, MarketProbes.Renegotiations, MarketProbes.Renewals,
        MarketProbes.TenderedValue, MarketProbes.Entries, MarketProbes.Exits, MarketProbes.Penalties, MarketProbes.Reneging,
        MarketProbes.Hhi, MarketProbes.Active,
        StaffProbes.VacancyRate, StaffProbes.Employed, StaffProbes.Available, StaffProbes.Leavers,
        CareProbes.Quality, CareProbes.Believed, CareProbes.Gaming, CareProbes.Admissions, CareProbes.AdmissionsPer1000, CareProbes.Unmet,
        CareProbes.UnmetShare, CareProbes.Severity, CareProbes.CreamSkimming, CareProbes.Innovation,
        .. Enumerable.Range(0, ConditionProbes.Conditions).Select(ConditionProbes.Overall),
        FinanceProbes.CommissionerBalance, FinanceProbes.FundedShare, FinanceProbes.VolumeCuts, FinanceProbes.ProviderReserves,
        OutcomeProbes.Qalys, OutcomeProbes.NhsCost,
    ];

    /// <summary>The metrics that do not depend on the scenario's lines and categories.</summary>
    public static IReadOnlyList<MetricInfo> Core { get; } = [.. CoreProbes.Select(p => p.Info)];

    /// <summary>
    /// The headline metrics, in the order they are reported: what a policy question asks of the model (cost, trust,
    /// quality, admissions, staff, access, cost to commissioners, innovation). Written into every summary.json, so the console,
    /// comparisons, figures and the report all read this one list.
    /// </summary>
    public static IReadOnlyList<MetricInfo> Headlines { get; } =
    [
        CostProbes.Share.Info, TrustProbes.Mean.Info, CareProbes.Quality.Info, CareProbes.AdmissionsPer1000.Info,
        StaffProbes.VacancyRate.Info, CareProbes.UnmetShare.Info, CostProbes.CommissionerCost.Info, CareProbes.Innovation.Info,
    ];

    /// <summary>Quality of care delivered (patient-weighted): the question a comparison is asked first.</summary>
    public static MetricInfo Quality => CareProbes.Quality.Info;

    /// <summary>Discounted QALYs of all patients: the outcome cost-effectiveness reads.</summary>
    public static MetricInfo Qalys => OutcomeProbes.Qalys.Info;

    /// <summary>Discounted cost to the NHS: the cost cost-effectiveness reads.</summary>
    public static MetricInfo NhsCost => OutcomeProbes.NhsCost.Info;

    /// <summary>Bartlett-Le Grand's conditions (and parcelability), per service line.</summary>
    public static IReadOnlyList<string> Conditions { get; } = [.. ConditionProbes.PerLine.Take(ConditionProbes.Conditions).Select(m => m.Name)];

    /// <summary>Metrics reported per service line: the conditions, then quality (a change on one line is diluted in the mean).</summary>
    public static IReadOnlyList<string> PerLine { get; } = [.. ConditionProbes.PerLine.Select(m => m.Name)];

    /// <summary>All metrics for a scenario: the core set, then per-line indicators, then per-category vacancy rates.</summary>
    public static IReadOnlyList<MetricInfo> For(IReadOnlyList<ServiceLine> lines, IReadOnlyList<StaffCategory> categories) =>
        [.. ProbesFor(lines, categories).Select(p => p.Info)];

    /// <summary>The probes of a scenario's world, in column order.</summary>
    internal static IReadOnlyList<Probe> ProbesFor(IReadOnlyList<ServiceLine> lines, IReadOnlyList<StaffCategory> categories) =>
    [
        .. CoreProbes,
        .. lines.SelectMany((line, l) => Enumerable.Range(0, ConditionProbes.PerLine.Length).Select(m => ConditionProbes.OfLine(m, line.Name, l))),
        .. categories.Select((cat, i) => StaffProbes.VacancyRateOf(cat.Name, i)),
    ];
}
