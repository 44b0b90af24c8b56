using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>The commissioners' repertoire: the six media of power, governance stance and capacity. The "commissioning" section of a scenario.</summary>
internal sealed class CommissioningParameters : IParameterSection
{
    private const string Livewell = "Livewell case study, Table 1 (six media of power).";

    /// <summary>The section, generated from the declarations below.</summary>
    public static SectionSpec Spec { get; } = SectionSpec.Of<CommissioningParameters>("commissioning", "The commissioners' repertoire, stance and capacity.");

    [Number(0.8, "0-1", 0, 1, "Headline axis: 1 fully relational (media 1, 4, 6 lead), 0 fully transactional (media 2, 3, 5 lead); sets default media weights.",
        "MODEL-BRIEF; three-PCT study found commissioning largely relational.")]
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

    [Choice("stewardship",
        "Governance stance: agency (low trust, high challenge), stewardship (high trust, joint endeavour), "
        + "resource_dependency (boundary spanning for resources), stakeholder (long-term public value).", "Livewell case study, Table 2.")]
    public Stance Stance { get; init; }

    [Flag(false, "Switch a contract to agency (high challenge) while its believed quality is below switch_threshold, and back when it recovers.",
        "Livewell lesson 4: switch to low trust, high challenge when a service is failing.")]
    public bool ContingentSwitching { get; init; }

    [Number(0.5, "quality 0-1", 0, 1, "Believed quality below which the contingent rule switches to agency.", "Rationale: between the initial quality mean and the decommission threshold.")]
    public double SwitchThreshold { get; init; }

    [Number(4, "review units per year", 0, 10000, "Commissioning staff capacity: units of review work per annual cycle (renewal 0.25, renegotiation 1, tender 3).",
        "Three-PCT study: limited skilled staff meant attention to only a few areas at a time.")]
    public double CapacityPerCycle { get; init; }

    [Number(0.3, "0-1", 0, 1, "Quality of information systems: fraction of observation noise they remove at best.", "Three-PCT study: incompatible, outdated systems; paper records.")]
    public double InformationSystems { get; init; }

    [Number(1.05, "x initial spend", 0.5, 3, "Monthly budget as a multiple of the initial contract spend.", "Rationale: small headroom, as in a time of constrained budgets.")]
    public double BudgetHeadroom { get; init; }

    [Integer(36, "months", 12, 240, "Length of a new or renewed contract.", "NHS standard contracts typically run 3 years.")]
    public int ContractMonths { get; init; }

    [Number(0.35, "quality 0-1", 0, 1, "Believed quality below which a reviewed service is decommissioned and moved to another provider by negotiation.",
        "Three-PCT study: one decommissioning (Wirral GPSI dementia diagnosis), by negotiation.")]
    public double DecommissionThreshold { get; init; }

    [Number(0.03, "per month", 0, 1, "Share of lost organisational memory rebuilt per month.", "Livewell: staff leaving delayed work by months; relationships take years to rebuild.")]
    public double MemoryRecovery { get; init; }

    [Number(0.25, "review units", 0, 100, "Review work a renewal on its terms takes, out of capacity_per_cycle.", "Three-PCT study: limited skilled staff; a renewal is the least work.")]
    public double RenewalEffort { get; init; }

    [Number(1, "review units", 0, 100, "Review work a renegotiation takes.", "Rationale: a negotiation is several meetings.")]
    public double RenegotiationEffort { get; init; }

    [Number(3, "review units", 0, 100, "Review work a competitive tender takes.", "Three-PCT study: tendering was a heavy call on scarce commissioning staff.")]
    public double TenderEffort { get; init; }

    [Number(1, "review units", 0, 100, "Review work decommissioning a service (and moving it by negotiation) takes.", "Three-PCT study: the Wirral decommissioning was negotiated.")]
    public double DecommissionEffort { get; init; }

    [Integer(12, "months", 1, 600, "Months over which a budget squeeze's urgency fades: it keeps (m - 1)/m of itself each month; the lower budget remains.", "Rationale: one financial year.")]
    public int PressureMemoryMonths { get; init; }

    [Number(0.1, "share of price", 0, 10, "Believed provider margin above which a reviewed contract is renegotiated.", "Rationale: a margin of 10% looks excessive to a commissioner.")]
    public double RenegotiateMargin { get; init; }

    [Number(0.05, "0-1", 0, 1, "Financial pressure (from a budget squeeze) above which reviewed contracts are renegotiated.", "Three-PCT study: constrained budgets prompted renegotiation.")]
    public double RenegotiatePressure { get; init; }

    [Number(5, "x", 0, 100, "Extra renegotiated price cut under a budget squeeze: 0.5 x financial pressure x price_pressure x this.", "Rationale: a squeezed commissioner presses harder on price.")]
    public double SqueezePriceCut { get; init; }

    [Number(0.02, "x annual budget", 0, 1, "Overspend, as a share of a year's budget, a commissioner tolerates before it cuts the patient-months it funds.",
        "NHS commissioners must break even each year (statutory duty; small planned deficits tolerated).")]
    public double OverdraftTolerance { get; init; }

    [Number(0.02, "share per month", 0, 1, "Share of patient-months cut each month a commissioner stays overspent beyond its tolerance (patients seen, block payments, staff needed).",
        "Rationale: rationing by delay and thresholds, a little each month (assumed size).")]
    public double VolumeCut { get; init; }

    [Number(0.8, "0-1", 0, 1, "Least share of patient-months a commissioner funds, however overspent.", "Rationale: statutory services cannot be cut further (assumed size).")]
    public double MinFundedShare { get; init; }

    [Number(0.01, "share per month", 0, 1, "Share of patient-months restored each month a commissioner is back in balance.", "Rationale: restoring access is slower than cutting it (assumed).")]
    public double VolumeRecovery { get; init; }

    [Number(0, "mix per unit return", 0, 10,
        "How far a commissioner moves its relational mix each cycle per unit difference in the yearly return (share of annual value) of its relational and its market decisions; 0: the mix is fixed.",
        "Bush and Mosteller 1955; Erev and Roth 1998 (reinforcement learning); three-PCT study: commissioners kept what worked.")]
    public double LearningRate { get; init; }

    [Number(0, "0-1", 0, 1, "Lowest relational mix learning may reach (policy limits on how transactional commissioning may become).", "Rationale: a scenario sets the policy bounds.")]
    public double MixMin { get; init; }

    [Number(1, "0-1", 0, 1, "Highest relational mix learning may reach (a competition policy may cap it).", "Rationale: a scenario sets the policy bounds.")]
    public double MixMax { get; init; }

    [Number(0.1, "0-1", 0, 0.5,
        "Weight of a medium at the end of the mix that does not lead it: default weight = floor + span x mix (relational media) or floor + span x (1 - mix) (transactional media).",
        "MODEL-BRIEF: a mix, not a switch; no medium is ever wholly absent.")]
    public double WeightFloor { get; init; }

    [Number(0.8, "0-1", 0, 1, "How far a medium's default weight rises from the floor at the end of the mix that leads it.", "MODEL-BRIEF: a mix, not a switch.")]
    public double WeightSpan { get; init; }

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

    /// <summary>A medium's weight at relational mix <paramref name="mix"/> (the scenario's when omitted), when the scenario does not set it.</summary>
    public double DefaultWeight(World.Medium medium, double? mix = null) => World.Media.IsRelational(medium)
        ? WeightFloor + WeightSpan * (mix ?? RelationalMix)
        : WeightFloor + WeightSpan * (1 - (mix ?? RelationalMix));
}
