namespace QuasiMarketSim.Experiments.Replications;

/// <summary>The metrics a precision target and a plain-language comparison are judged on.</summary>
public static class Headlines
{
    /// <summary>Metric names, with the words used for them in sentences.</summary>
    public static IReadOnlyList<(string Metric, string Words)> All { get; } =
    [
        ("tc_share_of_spend", "transaction-cost share"),
        ("trust_mean", "trust"),
        ("quality_true_mean", "quality"),
        ("admissions_per_1000", "unplanned admissions per 1,000"),
        ("staff_vacancy_rate", "staff vacancy rate"),
        ("unmet_share", "share of patients not seen"),
        ("spend", "spend on care"),
        ("innovation_adoption", "innovation adoption"),
    ];
}
