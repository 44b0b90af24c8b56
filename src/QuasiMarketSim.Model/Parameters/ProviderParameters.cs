using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>Providers' quality, effort, motivation, costs and finances. The "providers" section of a scenario.</summary>
internal sealed class ProviderParameters : IParameterSection
{
    /// <summary>The section, generated from the declarations below.</summary>
    public static SectionSpec Spec { get; } = SectionSpec.Of<ProviderParameters>("providers", "Providers' quality, effort, motivation, costs and finances.");

    [Number(0.6, "0-1", 0, 1, "Mean initial true quality of care.", "Rationale: mid-range; only relative changes are read.")]
    public double QualityMean { get; init; }

    [Number(0.08, "quality units", 0, 1, "Spread of initial true quality between providers.", "Rationale: providers differ but not wildly.")]
    public double QualitySd { get; init; }

    [Number(0.05, "per month", 0, 1, "Share of the gap between quality and its effort- and staff-driven target closed per month.",
        "Rationale: service change takes years (Livewell).", Uncertain = Distribution.Gamma, Sd = 0.015)]
    public double QualityAdjustment { get; init; }

    [Number(0.75, "0-1", 0, 1, "Effort with no incentive, guidance or challenge (professional norm).", "Three-PCT study: shared motivation to improve care.", Uncertain = Distribution.Beta, Sd = 0.05)]
    public double BaseEffort { get; init; }

    [Number(0.25, "effort per unit", 0, 2, "Effort added by full financial incentives, x the provider's finance motivation.", "MODEL-BRIEF medium 3.", Uncertain = Distribution.Gamma, Sd = 0.08)]
    public double FinancialResponse { get; init; }

    [Number(0.25, "effort per unit", 0, 2, "Effort added by full ideological control, x ethos motivation x (0.5 + 0.5 trust).",
        "MODEL-BRIEF medium 4: works better with trust.", Uncertain = Distribution.Gamma, Sd = 0.08)]
    public double EthosResponse { get; init; }

    [Number(0.2, "effort per unit", 0, 2, "Effort added by full challenge (scrutiny, enforcement, contestability).", "Livewell Table 2: high challenge.", Uncertain = Distribution.Gamma, Sd = 0.07)]
    public double ChallengeResponse { get; init; }

    [Number(0.25, "effort per unit", 0, 2, "Effort lost at full trust with no challenge ('too close').",
        "Livewell discussion: the hazard of closeness without challenge.", Uncertain = Distribution.Gamma, Sd = 0.09)]
    public double Complacency { get; init; }

    [Number(0.6, "-", 0, 3, "Exponent of the staffing ratio in the quality target.", "Rationale: understaffing lowers quality less than proportionally.", Uncertain = Distribution.Gamma, Sd = 0.2)]
    public double StaffingElasticity { get; init; }

    [Number(0.9, "ratio", 0.1, 1, "Staffing ratio at and above which every patient can be seen (10% vacancies are absorbed).", "NHS vacancy rates around 10% (MODEL-BRIEF).")]
    public double FullServiceStaffing { get; init; }

    [Number(0.3, "0-1", 0, 1, "Weight on finance (vs professional ethos) of NHS trusts.", "Three-PCT study: complex motivations, money featured little.")]
    public double FinanceMotivationNhs { get; init; }

    [Number(0.45, "0-1", 0, 1, "Weight on finance of GP practices (independent contractors).", "Rationale: small businesses with a professional ethos.")]
    public double FinanceMotivationGp { get; init; }

    [Number(0.75, "0-1", 0, 1, "Weight on finance of private firms.", "Bartlett and Le Grand: providers motivated partly by finance.")]
    public double FinanceMotivationPrivate { get; init; }

    [Number(0.15, "0-1", 0, 1, "Weight on finance of voluntary organisations.", "Rationale: mission-driven.")]
    public double FinanceMotivationVoluntary { get; init; }

    [Number(12, "GBP per patient-month", 0, 10000, "Non-staff cost of caring for one patient for a month.", "Rationale: illustrative; results are read in relative terms.")]
    public double OverheadPerPatient { get; init; }

    [Number(0.92, "x cost", 0.1, 2, "Private firms' cost relative to NHS providers.", "Rationale: leaner overheads, assumed modest.", Uncertain = Distribution.LogNormal, Sd = 0.06)]
    public double PrivateEfficiency { get; init; }

    [Number(2, "months of revenue", 0, 120, "Financial reserves at the start.", "Rationale: thin NHS balance sheets.")]
    public double InitialReserves { get; init; }

    [Integer(18, "months", 1, 600, "Consecutive months in deficit (negative reserves) before a provider exits.", "Rationale: sustained losses, not one bad year.")]
    public int ExitAfterMonths { get; init; }

    [Number(0.5, "0-1", 0, 1, "Share of high-risk patients a fully finance-motivated, unmonitored provider turns away under activity payment.",
        "Bartlett and Le Grand: cream-skimming where it pays.", Uncertain = Distribution.Beta, Sd = 0.12)]
    public double CreamSkimPropensity { get; init; }

    [Number(0.6, "x monthly value", 0, 100, "One-off gain a provider takes by reneging on relational quality commitments.", "Baker, Gibbons and Murphy 2002; Levin 2003.")]
    public double RenegeGain { get; init; }

    [Number(0.98, "per month", 0, 0.9999, "Monthly discount factor d of the relational contract (falls when the relationship is expected to end).", "Baker, Gibbons and Murphy 2002.")]
    public double Discount { get; init; }

    [Number(0.03, "x monthly value", 0, 10, "Surplus per month of a relational over a spot contract at full trust and negotiated order.", "Levin 2003.")]
    public double RelationalSurplus { get; init; }

    [Number(0.25, "effort", 0, 1, "Effort withdrawn while a provider reneges.", "Rationale: opportunism is partial.")]
    public double RenegeEffortLoss { get; init; }

    [Number(0.5, "0-1", 0, 1, "How much guidance's effect on effort depends on trust: ethos response x ((1 - weight) + weight x provider trust).", "MODEL-BRIEF medium 4: works better with trust.")]
    public double EthosTrustWeight { get; init; }

    [Integer(6, "months", 0, 120, "Months before a contract's expiry within which the provider weighs the chance of losing it (the relational contract's horizon shortens).",
        "Baker, Gibbons and Murphy 2002 (assumed horizon).")]
    public int RenegeHorizonMonths { get; init; }

    [Number(0.5, "0-1", 0, 1, "Chance a market-tested contract is lost, as the provider sees it near expiry.", "Rationale: even odds.")]
    public double ExpiryLossOdds { get; init; }

    [Number(0.5, "x reform magnitude", 0, 1, "Chance a relationship ends during a reform, per unit of the reform's magnitude, as the provider sees it.", "Livewell: reform ruptured relationships.")]
    public double ReformEndOdds { get; init; }

    [Number(0.5, "medium weight", 0, 2, "Relational surplus at zero negotiated order, added to the negotiated-order weight: surplus = relational_surplus x trust x (base + w1).",
        "Levin 2003 (assumed form).")]
    public double SurplusBase { get; init; }

    [Number(1, "-", 0.1, 100, "Effort aversion c: effort = base + (net value of quality to the provider) / c, the optimum of a quadratic cost of effort; gaming = value of measured quality x "
        + "gaming_bias x (1 - information quality) / c.", "Holmstrom and Milgrom 1991 (multitask); the size is assumed.", Uncertain = Distribution.LogNormal, Sd = 0.3)]
    public double EffortAversion { get; init; }

    [Number(0.2, "x unit cost per unit effort", 0, 5,
        "Money cost of effort: unit cost rises by this share per unit of effort above base (and of gaming), so finance-motivated providers weigh it and a loss-making provider cuts it.",
        "Rationale: effort is staff time (assumed size).", Uncertain = Distribution.Gamma, Sd = 0.07)]
    public double EffortCostShare { get; init; }

    [Number(0.5, "quality units per unit gaming", 0, 1,
        "Measured quality one unit of gaming effort buys (care buys 1): the commissioner observes delivered quality plus this x gaming; 0 switches gaming off.",
        "Holmstrom and Milgrom 1991: effort goes to what is measured (assumed size).", Uncertain = Distribution.Beta, Sd = 0.12)]
    public double GamingBias { get; init; }

    [Number(0.2, "effort per unit", 0, 2,
        "Effort a finance-motivated provider withdraws at full price competition (provider competition x price weight of tender scoring): competing on price cuts cost, and effort is cost.",
        "Propper, Burgess and Green 2004: price competition in the internal market lowered quality.", Uncertain = Distribution.Gamma, Sd = 0.07)]
    public double PriceCompetitionResponse { get; init; }

    [Number(0.5, "effort per unit", 0, 5, "Effort cut per unit of financial stress (a loss on the contract, x finance motivation; reserves run down, for any provider).",
        "Rationale: a provider short of money cannot fund effort (assumed size).", Uncertain = Distribution.Gamma, Sd = 0.15)]
    public double PressureResponse { get; init; }

    [Number(0.5, "log sd", 0, 3, "Spread between providers of the one-off gain from reneging (lognormal, median 1): the share that reneges changes smoothly with the terms.",
        "Rationale: providers differ (assumed spread).")]
    public double RenegeHeterogeneity { get; init; }

    [Number(0.1, "x quality target", 0, 2, "Joint working's gain: the quality a provider can sustain rises by up to this share with negotiated order x commissioner trust x provider trust "
        + "over its contracts (shared information, co-design, division of labour).", "Livewell: close co-design was productive (the size is assumed).", Uncertain = Distribution.Gamma, Sd = 0.035)]
    public double JointGain { get; init; }

    [Number(0.95, "quality 0-1", 0, 1, "Highest initial quality of a provider (and of an outside bidder).", "Rationale: no provider starts perfect.")]
    public double QualityCeiling { get; init; }

    /// <summary>The weight on finance (vs professional ethos) of a provider of <paramref name="kind"/>.</summary>
    public double FinanceMotivation(ProviderKind kind) => kind switch
    {
        ProviderKind.GpPractice => FinanceMotivationGp,
        ProviderKind.PrivateFirm => FinanceMotivationPrivate,
        ProviderKind.VoluntaryOrg => FinanceMotivationVoluntary,
        _ => FinanceMotivationNhs,
    };
}
