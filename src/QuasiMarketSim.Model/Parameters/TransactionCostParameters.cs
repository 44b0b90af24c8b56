using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>Ex ante and ex post transaction costs, as shares of contract value. The "transaction_costs" section of a scenario.</summary>
internal sealed class TransactionCostParameters : IParameterSection
{
    private const string Bajari = "Bajari and Tadelis 2001; Williamson 1985 (MODEL-BRIEF).";

    /// <summary>The section, generated from the declarations below.</summary>
    public static SectionSpec Spec { get; } = SectionSpec.Of<TransactionCostParameters>("transaction_costs", "Costs of contracting: ex ante at contracting events, ex post every month.");

    [Number(0.08, "x annual value", 0, 5, "c in the ex ante cost c s^2 / parcelability of writing a specification of completeness s.", Bajari, Uncertain = Distribution.Gamma, Sd = 0.025)]
    public double SpecificationCost { get; init; }

    [Number(0.05, "x annual value", 0, 5, "Fixed ex ante cost of running a tender (both sides).",
        "Rationale: procurement costs of a few per cent of contract value.", Uncertain = Distribution.Gamma, Sd = 0.015)]
    public double TenderCost { get; init; }

    [Number(0.01, "x annual value", 0, 5, "Ex ante cost of a renegotiation.", "Three-PCT study: negotiations 'protracted and painful'.")]
    public double RenegotiationCost { get; init; }

    [Number(0.002, "x annual value", 0, 5, "Ex ante cost of a roll-over renewal.", "Rationale: paperwork only.")]
    public double RenewalCost { get; init; }

    [Number(0.15, "x annual value", 0, 5, "Cost of moving a service to a new provider, x (1 - parcelability).",
        "Three-PCT study: staff transfers and secondments a lengthy part of redesign.", Uncertain = Distribution.Gamma, Sd = 0.05)]
    public double TransitionCost { get; init; }

    [Number(0.03, "x monthly value", 0, 5, "Ex post cost per month of full monitoring.", "Marini and Street 2007: monitoring and data costs.", Uncertain = Distribution.Gamma, Sd = 0.01)]
    public double MonitoringCost { get; init; }

    [Number(0.1, "x monthly value", 0, 5, "Ex post cost per month x (1 - completeness) x complexity x (1 - trust): disputes and haggling.", Bajari, Uncertain = Distribution.Gamma, Sd = 0.03)]
    public double IncompletenessCost { get; init; }

    [Number(0.012, "x monthly value", 0, 5, "Ex post cost per month of joint working at full negotiated order.",
        "Three-PCT study: monthly project, pathway, operational and contract meetings.", Uncertain = Distribution.Gamma, Sd = 0.004)]
    public double MeetingCost { get; init; }

    [Number(0.01, "x monthly value", 0, 5, "Extra ex post data and validation cost per month under activity or outcome payment.", "Marini and Street 2007: activity payment raised data costs.")]
    public double ActivityDataCost { get; init; }

    [Number(0.5, "0-1", 0, 1, "Share of each transaction cost borne by the commissioner (the rest by the provider).", "Three-PCT study: development work done by both sides.")]
    public double CommissionerShare { get; init; }

    [Number(0.02, "x monthly value", 0, 1, "Cost of a dispute in the month a penalty is disputed.", "Williamson: haggling and dispute costs (assumed size).")]
    public double DisputeCost { get; init; }

    [Number(0.25, "x specification cost", 0, 1, "Share of a full specification's cost spent rewriting it at renegotiation.", "Rationale: renegotiation revises, not rewrites, the specification.")]
    public double RespecificationShare { get; init; }
}
