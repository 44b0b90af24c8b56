using QuasiMarketSim.Model.Inputs;

namespace QuasiMarketSim.Model.Metrics;

/// <summary>Every metric a run reports, in column order; per-line and per-category columns follow the overall ones.</summary>
public static class MetricCatalog
{
    /// <summary>The metrics that do not depend on the scenario's lines and categories.</summary>
    public static IReadOnlyList<MetricInfo> Core { get; } =
    [
        new("trust_mean", "0-1", "Mean commissioner trust in providers over contracts.", false),
        new("trust_p10", "0-1", "10th percentile of commissioner trust over contracts (the weakest relationships).", false),
        new("trust_provider_mean", "0-1", "Mean provider trust in commissioners.", false),
        new("tc_ex_ante", "GBP per month", "Ex ante transaction costs this month (specification, tendering, negotiation, transition).", true),
        new("tc_ex_post", "GBP per month", "Ex post transaction costs this month (monitoring, haggling, meetings, data, disputes).", true),
        new("tc_share_of_spend", "0-1", "Transaction costs as a share of spend on care plus transaction costs.", false),
        new("spend", "GBP per month", "Paid by commissioners to providers for care this month.", true),
        new("savings_from_competition", "GBP per month", "Monthly saving at current prices won by tenders (old price minus winning price, x patients).", false),
        new("tenders", "count per month", "Competitive tenders run.", true),
        new("switches", "count per month", "Contracts moved to a new provider by tender, entry or exit.", true),
        new("decommissions", "count per month", "Services decommissioned and moved by negotiation.", true),
        new("renegotiations", "count per month", "Contracts renegotiated.", true),
        new("renewals", "count per month", "Contracts renewed on their terms.", true),
        new("tendered_value", "GBP per month", "Annual value (at the old price) of the contracts put out to tender this month.", true),
        new("entries", "count per month", "Private providers entering.", true),
        new("exits", "count per month", "Providers exiting after sustained deficits or failure.", true),
        new("penalties", "count per month", "Contract penalties enforced.", true),
        new("reneging_share", "0-1", "Share of contracts on which the provider is reneging on relational commitments.", false),
        new("hhi", "0-1", "Herfindahl-Hirschman index of providers' shares of patients, averaged over areas.", false),
        new("active_providers", "count", "Providers other than GP practices in the market.", false),
        new("staff_vacancy_rate", "0-1", "Vacancies (needed minus employed, where positive) over staff needed, all categories.", false),
        new("staff_employed", "WTE", "Specialist staff employed by providers.", false),
        new("staff_available", "WTE", "Qualified staff in the pools, not employed.", false),
        new("staff_leavers", "WTE per month", "Staff leaving the profession this month (from providers and pools).", true),
        new("quality_true_mean", "0-1", "Patient-weighted mean quality of care delivered.", false),
        new("quality_believed_mean", "0-1", "Patient-weighted mean of commissioners' beliefs about quality.", false),
        new("unplanned_admissions", "count per month", "Unplanned hospital admissions of patients.", true),
        new("admissions_per_1000", "per 1,000 patients per month", "Unplanned admissions per 1,000 patients.", false),
        new("unmet_demand", "patient-months", "Patients who were not seen this month (staff shortage or cream-skimming).", true),
        new("unmet_share", "0-1", "Share of patients not seen this month.", false),
        new("severity_mean", "0-1", "Mean disease severity.", false),
        new("cream_skimming_index", "0-1", "1 minus the ratio of high-risk to low-risk patients' chance of being seen.", false),
        new("innovation_adoption", "0-1", "Share of GP practices that have adopted risk-stratified telephone care.", false),
        new("blg_competitiveness", "0-1", "Bartlett-Le Grand competitiveness: 1 - 1/n for n providers able to bid (incl. expected outside bidders).", false),
        new("blg_information", "0-1", "Bartlett-Le Grand information: 1 - observation noise / noise with no information effort.", false),
        new("blg_transaction_costs", "0-1", "Bartlett-Le Grand transaction costs: savings / (savings + transaction costs) over the last year; above 0.5 the condition holds.", false),
        new("blg_motivation", "0-1", "Bartlett-Le Grand motivation: patient-weighted finance motivation of contract holders.", false),
        new("blg_cream_skimming", "0-1", "Bartlett-Le Grand cream-skimming: 1 - cream-skimming index (1: no cream-skimming).", false),
        new("parcelability", "0-1", "Patient-weighted parcelability of the services commissioned.", false),
        new("commissioner_balance", "GBP", "Commissioners' accumulated unspent budget (negative: deficit).", false),
        new("provider_reserves", "GBP", "Providers' financial reserves.", false),
    ];

    /// <summary>Bartlett-Le Grand's conditions (and parcelability), per service line.</summary>
    public static IReadOnlyList<string> Conditions { get; } =
        ["blg_competitiveness", "blg_information", "blg_transaction_costs", "blg_motivation", "blg_cream_skimming", "parcelability"];

    /// <summary>Metrics reported per service line: the conditions, then quality (a change on one line is diluted in the mean).</summary>
    public static IReadOnlyList<string> PerLine { get; } = [.. Conditions, "quality_true_mean"];

    /// <summary>All metrics for a scenario: the core set, then per-line indicators, then per-category vacancy rates.</summary>
    public static IReadOnlyList<MetricInfo> For(IReadOnlyList<ServiceLine> lines, IReadOnlyList<StaffCategory> categories)
    {
        var all = new List<MetricInfo>(Core);
        foreach (var line in lines)
        {
            foreach (var name in PerLine)
            {
                var core = Core.First(m => m.Name == name);
                all.Add(core with { Name = $"{name}_{line.Name}", Meaning = $"{core.Meaning} Service line {line.Name}." });
            }
        }
        foreach (var cat in categories)
        {
            all.Add(new($"staff_vacancy_rate_{cat.Name}", "0-1", $"Vacancy rate of {cat.Name}.", false));
        }
        return all;
    }
}
