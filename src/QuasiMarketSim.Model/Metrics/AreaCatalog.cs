using QuasiMarketSim.Model.Metrics.Probes;
using QuasiMarketSim.Model.Rules;

namespace QuasiMarketSim.Model.Metrics;

/// <summary>
/// The metrics reported per area (areas.csv), in column order: the areas' sizes (the weights that recombine them),
/// then headline and activity metrics, each the overall probe's metric computed over one area's contracts.
/// </summary>
public static class AreaCatalog
{
    private const string Sum = "sum over areas";
    private const string ByPatients = "mean over areas weighted by `patients`";

    private static readonly MetricInfo PatientsInfo = new("patients", "patients", "patients", MetricKind.Level, "care",
        "Patients with the modelled conditions covered by the area's contracts.");

    private static readonly MetricInfo ContractsInfo = new("contracts", "contracts", "count", MetricKind.Level, "market",
        "Contracts (one per service line and lot) the area's commissioner holds.");

    internal static readonly AreaProbe[] Probes =
    [
        new(PatientsInfo, Sum, (t, a) => t.Patients[a]),
        new(ContractsInfo, Sum, (t, a) => t.Contracts[a]),
        new(MarketProbes.Mix.Info, "mean over areas", (t, a) => t.World.Areas.Mix[a]),
        new(TrustProbes.Mean.Info, "mean over areas weighted by `contracts`", (t, a) => t.Trust[a] / t.Contracts[a]),
        new(CostProbes.ExAnte.Info, Sum, (t, a) => t.ExAnte[a]),
        new(CostProbes.ExPost.Info, Sum, (t, a) => t.ExPost[a]),
        new(CostProbes.Share.Info, "sums of `tc_ex_ante` + `tc_ex_post` over sums of `spend` + `tc_ex_ante` + `tc_ex_post`",
            (t, a) => t.Spend[a] + t.ExAnte[a] + t.ExPost[a] > 0 ? (t.ExAnte[a] + t.ExPost[a]) / (t.Spend[a] + t.ExAnte[a] + t.ExPost[a]) : 0),
        new(CostProbes.Spend.Info, Sum, (t, a) => t.Spend[a]),
        new(CostProbes.Admissions.Info, Sum, (t, a) => t.AdmissionSpend(a)),
        new(CostProbes.CommissionerCost.Info, Sum,
            (t, a) => t.Spend[a] + t.AdmissionSpend(a) + (t.ExAnte[a] + t.ExPost[a]) * t.World.P.TransactionCosts.CommissionerShare),
        new(CareProbes.Quality.Info, ByPatients, (t, a) => t.Quality[a] / t.Patients[a]),
        new(CareProbes.Admissions.Info, Sum, (t, a) => t.Admissions[a]),
        new(CareProbes.AdmissionsPer1000.Info, ByPatients, (t, a) => t.Admissions[a] / t.Patients[a] * 1000),
        new(CareProbes.Unmet.Info, Sum, (t, a) => t.Unmet[a]),
        new(CareProbes.UnmetShare.Info, ByPatients, (t, a) => t.Unmet[a] / t.Patients[a]),
        new(MarketProbes.Tenders.Info, Sum, (t, a) => t.World.Flows.TendersByArea[a]),
        new(MarketProbes.Switches.Info, Sum, (t, a) => t.World.Flows.SwitchesByArea[a]),
        new(CareProbes.Innovation.Info, "mean over areas", (t, a) => InnovationRule.AdoptedShare(t.World, a)),
    ];

    /// <summary>The per-area metrics, in column order.</summary>
    public static IReadOnlyList<MetricInfo> Metrics { get; } = [.. Probes.Select(p => p.Info)];

    /// <summary>How each per-area metric's values over the areas recombine into the whole, in words, by metric name.</summary>
    public static string Recombination(string metric) => Probes.First(p => p.Info.Name == metric).Recombines;
}
