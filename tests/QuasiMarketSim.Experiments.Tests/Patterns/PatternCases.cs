using QuasiMarketSim.Experiments.Comparison;

namespace QuasiMarketSim.Experiments.Tests.Patterns;

/// <summary>
/// A MODEL-BRIEF pattern as a paired comparison B - A, what must hold for it, and what carries it.
/// </summary>
/// <param name="Name">Short name (the theory's data).</param>
/// <param name="A">Scenario A and its overrides.</param>
/// <param name="B">Scenario B and its overrides.</param>
/// <param name="Holds">Null when the pattern holds in the differences, else why not.</param>
/// <param name="Key">The metric whose difference the carrying mechanisms are shown to carry.</param>
/// <param name="Carriers">Mechanisms (<see cref="Model.Parameters.MechanismSwitches"/>) that carry the key difference, from the explain table.</param>
/// <param name="Extra">Parameters outside the carriers' switches that set its size, also varied by plus or minus 25%.</param>
/// <param name="AcrossPaymentForms">True when the field study's argument does not depend on how care is paid for.</param>
/// <param name="Robust">False when the pattern does not hold across the whole neighbourhood (tested separately).</param>
public sealed record PatternCase(
    string Name,
    (string Scenario, string[] Set) A,
    (string Scenario, string[] Set) B,
    Func<Func<string, MetricDifference>, string?> Holds,
    string Key,
    string[] Carriers,
    string[] Extra,
    bool AcrossPaymentForms,
    bool Robust = true)
{
    /// <summary>The patterns that emerge, with what carries them (MODEL-BRIEF order). See docs/ODD.md section 1 for those that do not.</summary>
    public static IReadOnlyList<PatternCase> All { get; } =
    [
        // 1a. Three-PCT world: relational commissioning persists (few tenders, few switches). Carried by the costs of
        // tendering and the value of the relationship the appraisal weighs: with either gone, relational
        // commissioners tender as much as transactional ones.
        new("relational_persists", ("baseline", []), ("transactional", []), d =>
            d("tenders").A.Mean < 0.25 * d("tenders").B.Mean && d("switches").Paired.Low > 0
                ? null : $"tenders {d("tenders").A.Mean:F2} vs {d("tenders").B.Mean:F2} a month; switches +{d("switches").Paired.Mean:F2}",
            "tenders", ["ex_ante_costs", "relational_value"], [], AcrossPaymentForms: true),

        // 2. Where the quasi-market conditions hold, a transactional repertoire lowers the cost to commissioners without
        // lowering quality. Quality is carried by challenge, complacency (its absence) and financial incentives.
        new("conditions_hold", ("quasi-market-conditions", []),
            ("quasi-market-conditions", ["commissioning.relational_mix=0.2", "commissioning.stance=agency"]), d =>
            d("commissioner_cost").Paired.High < 0 && d("quality_true_mean").Paired.Low > -0.01
                ? null : $"cost {d("commissioner_cost").Paired.Mean:N0}, quality {d("quality_true_mean").Paired.Mean:F3}",
            "quality_true_mean", ["challenge", "complacency", "financial_incentives"], [], AcrossPaymentForms: true),

        // 3 (in part). An entrant in a scarce staff market raises vacancies and lowers quality on its line; carried by
        // the entrant's own lower ethos and the cost of effort, not by poaching (see the non-emergence test).
        new("entrant_lowers_quality", ("baseline", ["world.commissioners_per_region=3", "events=[]"]),
            ("baseline", ["world.commissioners_per_region=3", """events=[{"tick":12,"type":"entrant_arrival","service_line":"stroke_esd","commissioner":0}]"""]), d =>
            d("staff_vacancy_rate_stroke_therapists").Paired.Low > 0 && d("quality_true_mean_stroke_esd").Paired.High < 0
                ? null : $"vacancies {d("staff_vacancy_rate_stroke_therapists").Paired.Mean:F4}, quality {d("quality_true_mean_stroke_esd").Paired.Mean:F3}",
            "quality_true_mean_stroke_esd", ["ethos", "effort_cost"], ["providers.finance_motivation_private"], AcrossPaymentForms: true),

        // 4. A structural reform lowers trust and slows innovation. The fall is the reform's own damage; contact and
        // trust learning set how fast it recovers (tested separately), so no switch carries the difference itself.
        new("reform_ruptures", ("structural-reform", ["events=[]"]), ("structural-reform", []), d =>
            d("trust_mean").Paired.High < 0 && d("innovation_adoption").Paired.High < 0 && d("quality_true_mean").Paired.High < 0
                ? null : $"trust {d("trust_mean").Paired.Mean:F3}, innovation {d("innovation_adoption").Paired.Mean:F3}, quality {d("quality_true_mean").Paired.Mean:F3}",
            "trust_mean", [], ["trust.contact_gain", "trust.decay", "market.trust_on_imitation"], AcrossPaymentForms: true),

        // 5. Closeness without challenge: trust is higher, yet quality drifts down. Carried by complacency and the
        // challenge forgone. Fragile: with complacency 25% lower the drift is too small to tell from zero.
        new("closeness_without_challenge", ("baseline", []), ("closeness-without-challenge", []), d =>
            d("trust_mean").Paired.Low > 0 && d("quality_true_mean").Paired.High < 0
                ? null : $"trust {d("trust_mean").Paired.Mean:F3}, quality {d("quality_true_mean").Paired.Mean:F3}",
            "quality_true_mean", ["complacency", "challenge"], [], AcrossPaymentForms: true, Robust: false),
    ];

    /// <summary>Overrides that fix the payment form in both arms: block, outcome, activity.</summary>
    public static IReadOnlyList<(string Form, string[] Set)> PaymentForms { get; } =
    [
        ("block", ["contracts.incentive_form_threshold=1"]),
        ("outcome", ["contracts.incentive_form_threshold=0", "contracts.activity_parcelability=1"]),
        ("activity", ["contracts.incentive_form_threshold=0", "contracts.activity_parcelability=0"]),
    ];

    /// <summary>The case named <paramref name="name"/>.</summary>
    public static PatternCase Named(string name) => All.Single(c => c.Name == name);

    /// <summary>The names, as theory data.</summary>
    public static TheoryData<string> Names => [.. All.Select(c => c.Name)];

    /// <summary>The names of the cases that hold across their whole neighbourhood, as theory data.</summary>
    public static TheoryData<string> RobustNames => [.. All.Where(c => c.Robust).Select(c => c.Name)];

    /// <summary>The names of the cases whose argument does not depend on payment, as theory data.</summary>
    public static TheoryData<string> PaymentIndependent => [.. All.Where(c => c.AcrossPaymentForms).Select(c => c.Name)];

    public override string ToString() => Name;
}
