using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>The commissioners' repertoire: the six media of power, governance stance and capacity. The "commissioning" section of a scenario.</summary>
internal sealed class CommissioningParameters : IParameterSection
{
    private const string Livewell = "Livewell case study, Table 1 (six media of power).";

    /// <summary>The section, generated from the declarations below.</summary>
    public static SectionSpec Spec { get; } = SectionSpec.Of<CommissioningParameters>("commissioning", "The commissioners' repertoire, stance and capacity.");

    [Number(0.8, "0-1", 0, 1, "Headline axis: 1 fully relational (media 1, 4, 6 lead), 0 fully transactional (media 2, 3, 5 lead); sets default media weights.", "MODEL-BRIEF; three-PCT study found commissioning largely relational.")]
    public double RelationalMix { get; init; }

    [DerivedNumber("0-1", 0, 1, "Medium 1 weight: information sharing, joint planning, contact that builds trust; default 0.1 + 0.8 x mix.", Livewell)]
    public double? NegotiatedOrder { get; init; }

    [DerivedNumber("0-1", 0, 1, "Medium 2 weight: propensity to tender, price pressure, threat to incumbents; default 0.1 + 0.8 x (1 - mix).", Livewell)]
    public double? ProviderCompetition { get; init; }

    [DerivedNumber("0-1", 0, 1, "Medium 3 weight: activity/outcome payment, bonuses and penalties; default 0.1 + 0.8 x (1 - mix).", Livewell)]
    public double? FinancialIncentives { get; init; }

    [DerivedNumber("0-1", 0, 1, "Medium 4 weight: guidance, evidence and targets that move ethos-motivated effort; default 0.1 + 0.8 x mix.", Livewell)]
    public double? IdeologicalControl { get; init; }

    [DerivedNumber("0-1", 0, 1, "Medium 5 weight: specification completeness and contract enforcement; default 0.1 + 0.8 x (1 - mix).", Livewell)]
    public double? JuridicalGovernance { get; init; }

    [DerivedNumber("0-1", 0, 1, "Medium 6 weight: scrutiny of performance (monitoring) and stakeholder involvement; default 0.1 + 0.8 x mix.", Livewell)]
    public double? ManagerialPerformance { get; init; }

    [Choice("stewardship", "Governance stance: agency (low trust, high challenge), stewardship (high trust, joint endeavour), resource_dependency (boundary spanning for resources), stakeholder (long-term public value).", "Livewell case study, Table 2.")]
    public Stance Stance { get; init; }

    [Flag(false, "Switch a contract to agency (high challenge) while its believed quality is below switch_threshold, and back when it recovers.", "Livewell lesson 4: switch to low trust, high challenge when a service is failing.")]
    public bool ContingentSwitching { get; init; }

    [Number(0.5, "quality 0-1", 0, 1, "Believed quality below which the contingent rule switches to agency.", "Rationale: between the initial quality mean and the decommission threshold.")]
    public double SwitchThreshold { get; init; }

    [Number(4, "review units per year", 0, 10000, "Commissioning staff capacity: units of review work per annual cycle (renewal 0.25, renegotiation 1, tender 3).", "Three-PCT study: limited skilled staff meant attention to only a few areas at a time.")]
    public double CapacityPerCycle { get; init; }

    [Number(0.3, "0-1", 0, 1, "Quality of information systems: fraction of observation noise they remove at best.", "Three-PCT study: incompatible, outdated systems; paper records.")]
    public double InformationSystems { get; init; }

    [Number(1.05, "x initial spend", 0.5, 3, "Monthly budget as a multiple of the initial contract spend.", "Rationale: small headroom, as in a time of constrained budgets.")]
    public double BudgetHeadroom { get; init; }

    [Integer(36, "months", 12, 240, "Length of a new or renewed contract.", "NHS standard contracts typically run 3 years.")]
    public int ContractMonths { get; init; }

    [Number(0.35, "quality 0-1", 0, 1, "Believed quality below which a reviewed service is decommissioned and moved to another provider by negotiation.", "Three-PCT study: one decommissioning (Wirral GPSI dementia diagnosis), by negotiation.")]
    public double DecommissionThreshold { get; init; }

    [Number(0.03, "per month", 0, 1, "Share of lost organisational memory rebuilt per month.", "Livewell: staff leaving delayed work by months; relationships take years to rebuild.")]
    public double MemoryRecovery { get; init; }

    /// <summary>The weight the scenario gives <paramref name="medium"/>, or null when it is derived from the mix.</summary>
    public double? Weight(World.Medium medium) => medium switch
    {
        World.Medium.NegotiatedOrder => NegotiatedOrder,
        World.Medium.ProviderCompetition => ProviderCompetition,
        World.Medium.FinancialIncentives => FinancialIncentives,
        World.Medium.IdeologicalControl => IdeologicalControl,
        World.Medium.JuridicalGovernance => JuridicalGovernance,
        _ => ManagerialPerformance,
    };
}
