using QuasiMarketSim.Model.Specs;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>
/// The terms a repertoire writes into contracts: payment form, specification completeness, how strongly each form
/// rewards effort and cream-skimming, and the quality standard and penalty juridical governance enforces. The
/// "contracts" section of a scenario.
/// </summary>
internal sealed class ContractParameters : IParameterSection
{
    private const string Assumed = "Rationale: assumed; only the ordering between forms is taken from the sources.";

    /// <summary>The section, generated from the declarations below.</summary>
    public static SectionSpec Spec { get; } = SectionSpec.Of<ContractParameters>("contracts",
        "Contract terms: payment form, specification completeness, incentive strength of each form, quality standard and penalties.");

    [Number(0.5, "medium weight 0-1", 0, 1, "Financial-incentives weight at and above which contracts pay for activity or outcomes rather than a block.",
        "Three-PCT study: new payment models absorbed within block contracts unless incentives lead.")]
    public double IncentiveFormThreshold { get; init; }

    [Number(0.5, "0-1", 0, 1, "Parcelability at and above which an incentive contract pays for activity; below it, for outcomes (activity is hard to count on a pathway).",
        "Rationale: activity payment needs countable units.")]
    public double ActivityParcelability { get; init; }

    [Number(0.2, "0-1", 0, 1, "Specification completeness with no juridical governance: c = min(base + per_juridical x w5, limit_base + limit_per_parcelability x parcelability).",
        "Bajari and Tadelis 2001 (assumed size).")]
    public double CompletenessBase { get; init; }

    [Number(0.7, "per unit weight", 0, 1, "Completeness added by full juridical governance (medium 5).", "MODEL-BRIEF medium 5: fuller specifications.")]
    public double CompletenessPerJuridical { get; init; }

    [Number(0.4, "0-1", 0, 1, "Most complete a specification of an unparcelable service can be.", "Three-PCT study: no natural boundary around LTC services.")]
    public double CompletenessLimitBase { get; init; }

    [Number(0.6, "per unit parcelability", 0, 1, "How much more complete a specification can be per unit of parcelability.", "Rationale: what cannot be parcelled cannot be fully specified.")]
    public double CompletenessLimitPerParcelability { get; init; }

    [Number(0.3, "0-1", 0, 1, "How strongly a block contract rewards effort (its financial incentive strength).", Assumed)]
    public double IncentiveBlock { get; init; }

    [Number(1, "0-1", 0, 1, "How strongly an activity contract rewards effort.", Assumed)]
    public double IncentiveActivity { get; init; }

    [Number(1, "0-1", 0, 1, "How strongly an outcome contract rewards effort.", Assumed)]
    public double IncentiveOutcome { get; init; }

    [Number(0.6, "0-1", 0, 1, "How strongly an alliance contract rewards effort (shared gain and loss).", Assumed)]
    public double IncentiveAlliance { get; init; }

    [Number(0, "0-1", 0, 1, "How much a block contract rewards turning away costly high-risk patients.", "Bartlett and Le Grand: cream-skimming where it pays.")]
    public double CreamSkimBlock { get; init; }

    [Number(1, "0-1", 0, 1, "How much an activity contract rewards turning away costly high-risk patients.", "Bartlett and Le Grand: cream-skimming where it pays.")]
    public double CreamSkimActivity { get; init; }

    [Number(0.4, "0-1", 0, 1, "How much an outcome contract rewards turning away costly high-risk patients.", Assumed)]
    public double CreamSkimOutcome { get; init; }

    [Number(0, "0-1", 0, 1, "How much an alliance contract rewards turning away costly high-risk patients.", Assumed)]
    public double CreamSkimAlliance { get; init; }

    [Number(0.3, "quality 0-1", 0, 1, "Quality standard enforced at zero completeness: standard = base + per_completeness x completeness.", "Rationale: a standard is written into the specification.")]
    public double StandardBase { get; init; }

    [Number(0.3, "quality per unit", 0, 1, "Quality standard added by a fully complete specification.", "Rationale: fuller specifications set higher standards.")]
    public double StandardPerCompleteness { get; init; }

    [Number(0.03, "x monthly value", 0, 1, "Share of a month's payment deducted when a penalty is enforced.", "Rationale: contract penalties are small shares of value.")]
    public double PenaltyShare { get; init; }

    [Number(0.7, "x monthly value", 0, 1, "Least an outcome contract pays, however many admissions.", "Rationale: outcome payments are capped both ways.")]
    public double OutcomeFloor { get; init; }

    [Number(1.3, "x monthly value", 1, 5, "Most an outcome contract pays, however few admissions.", "Rationale: outcome payments are capped both ways.")]
    public double OutcomeCeiling { get; init; }

    [Number(0.5, "0-1", 0, 1, "Share of the admissions gain or loss an alliance contract passes to the provider.", "Alliance contracting: risk and gain shared.")]
    public double AllianceShare { get; init; }

    [Number(0.85, "x monthly value", 0, 1, "Least an alliance contract pays.", "Rationale: shared risk is capped.")]
    public double AllianceFloor { get; init; }

    [Number(1.15, "x monthly value", 1, 5, "Most an alliance contract pays.", "Rationale: shared risk is capped.")]
    public double AllianceCeiling { get; init; }

    /// <summary>How strongly a payment form rewards effort.</summary>
    public double IncentiveStrength(ContractForm form) => form switch
    {
        ContractForm.Block => IncentiveBlock,
        ContractForm.Activity => IncentiveActivity,
        ContractForm.Outcome => IncentiveOutcome,
        _ => IncentiveAlliance,
    };

    /// <summary>How much a payment form rewards turning away costly high-risk patients.</summary>
    public double CreamSkimIncentive(ContractForm form) => form switch
    {
        ContractForm.Block => CreamSkimBlock,
        ContractForm.Activity => CreamSkimActivity,
        ContractForm.Outcome => CreamSkimOutcome,
        _ => CreamSkimAlliance,
    };
}
