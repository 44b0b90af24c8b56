using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>The commissioners' repertoire: the six media of power, governance stance and capacity.</summary>
public static class CommissioningParams
{
    private const string Livewell = "Livewell case study, Table 1 (six media of power).";

    public static readonly FieldSpec RelationalMix = FieldSpec.Number("relational_mix", 0.8, "0-1", 0, 1, "Headline axis: 1 fully relational (media 1, 4, 6 lead), 0 fully transactional (media 2, 3, 5 lead); sets default media weights.", "MODEL-BRIEF; three-PCT study found commissioning largely relational.");
    public static readonly FieldSpec NegotiatedOrder = FieldSpec.Number("negotiated_order", double.NaN, "0-1", 0, 1, "Medium 1 weight: information sharing, joint planning, contact that builds trust; default 0.1 + 0.8 x mix.", Livewell) with { Default = null, Optional = true };
    public static readonly FieldSpec ProviderCompetition = FieldSpec.Number("provider_competition", double.NaN, "0-1", 0, 1, "Medium 2 weight: propensity to tender, price pressure, threat to incumbents; default 0.1 + 0.8 x (1 - mix).", Livewell) with { Default = null, Optional = true };
    public static readonly FieldSpec FinancialIncentives = FieldSpec.Number("financial_incentives", double.NaN, "0-1", 0, 1, "Medium 3 weight: activity/outcome payment, bonuses and penalties; default 0.1 + 0.8 x (1 - mix).", Livewell) with { Default = null, Optional = true };
    public static readonly FieldSpec IdeologicalControl = FieldSpec.Number("ideological_control", double.NaN, "0-1", 0, 1, "Medium 4 weight: guidance, evidence and targets that move ethos-motivated effort; default 0.1 + 0.8 x mix.", Livewell) with { Default = null, Optional = true };
    public static readonly FieldSpec JuridicalGovernance = FieldSpec.Number("juridical_governance", double.NaN, "0-1", 0, 1, "Medium 5 weight: specification completeness and contract enforcement; default 0.1 + 0.8 x (1 - mix).", Livewell) with { Default = null, Optional = true };
    public static readonly FieldSpec ManagerialPerformance = FieldSpec.Number("managerial_performance", double.NaN, "0-1", 0, 1, "Medium 6 weight: scrutiny of performance (monitoring) and stakeholder involvement; default 0.1 + 0.8 x mix.", Livewell) with { Default = null, Optional = true };
    public static readonly FieldSpec Stance = FieldSpec.Choice("stance", "stewardship", Governance.StanceNames, "Governance stance: agency (low trust, high challenge), stewardship (high trust, joint endeavour), resource_dependency (boundary spanning for resources), stakeholder (long-term public value).", "Livewell case study, Table 2.");
    public static readonly FieldSpec ContingentSwitching = FieldSpec.Flag("contingent_switching", false, "Switch a contract to agency (high challenge) while its believed quality is below switch_threshold, and back when it recovers.", "Livewell lesson 4: switch to low trust, high challenge when a service is failing.");
    public static readonly FieldSpec SwitchThreshold = FieldSpec.Number("switch_threshold", 0.5, "quality 0-1", 0, 1, "Believed quality below which the contingent rule switches to agency.", "Rationale: between the initial quality mean and the decommission threshold.");
    public static readonly FieldSpec CapacityPerCycle = FieldSpec.Number("capacity_per_cycle", 4, "review units per year", 0, 10000, "Commissioning staff capacity: units of review work per annual cycle (renewal 0.25, renegotiation 1, tender 3).", "Three-PCT study: limited skilled staff meant attention to only a few areas at a time.");
    public static readonly FieldSpec InformationSystems = FieldSpec.Number("information_systems", 0.3, "0-1", 0, 1, "Quality of information systems: fraction of observation noise they remove at best.", "Three-PCT study: incompatible, outdated systems; paper records.");
    public static readonly FieldSpec BudgetHeadroom = FieldSpec.Number("budget_headroom", 1.05, "x initial spend", 0.5, 3, "Monthly budget as a multiple of the initial contract spend.", "Rationale: small headroom, as in a time of constrained budgets.");
    public static readonly FieldSpec ContractMonths = FieldSpec.Integer("contract_months", 36, "months", 12, 240, "Length of a new or renewed contract.", "NHS standard contracts typically run 3 years.");
    public static readonly FieldSpec MemoryRecovery = FieldSpec.Number("memory_recovery", 0.03, "per month", 0, 1, "Share of lost organisational memory rebuilt per month.", "Livewell: staff leaving delayed work by months; relationships take years to rebuild.");
    public static readonly FieldSpec DecommissionThreshold = FieldSpec.Number("decommission_threshold", 0.35, "quality 0-1", 0, 1, "Believed quality below which a reviewed service is decommissioned and moved to another provider by negotiation.", "Three-PCT study: one decommissioning (Wirral GPSI dementia diagnosis), by negotiation.");

    /// <summary>The section.</summary>
    public static SectionSpec Section { get; } = new("commissioning", "The commissioners' repertoire, stance and capacity.",
        RelationalMix, NegotiatedOrder, ProviderCompetition, FinancialIncentives, IdeologicalControl, JuridicalGovernance,
        ManagerialPerformance, Stance, ContingentSwitching, SwitchThreshold, CapacityPerCycle, InformationSystems,
        BudgetHeadroom, ContractMonths, DecommissionThreshold, MemoryRecovery);
}
