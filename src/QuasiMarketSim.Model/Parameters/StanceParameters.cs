using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>
/// What each governance stance changes (Livewell case study, Table 2), as multipliers and shifts on the mechanisms.
/// Agency: supervision, monitoring against targets, high challenge, a critical style. Stewardship: joint endeavour,
/// appreciative and collaborative. Resource dependency: boundary spanning for external expertise, investment and
/// reputation. Stakeholder: long-term public value, consensual. The "stances" section of a scenario.
/// </summary>
internal sealed class StanceParameters : IParameterSection
{
    private const string Direction = "Livewell case study, Table 2 (the direction); the size is assumed.";
    private const string Neutral = "Livewell case study, Table 2: no effect named for this stance.";

    /// <summary>The section, generated from the declarations below.</summary>
    public static SectionSpec Spec { get; } = SectionSpec.Of<StanceParameters>("stances",
        "What each governance stance changes: multipliers and shifts on monitoring, challenge, contact, price weight, outside bidders, external influence and contract length.");

    [Number(1.5, "x", 0, 5, "Multiplier on monitoring intensity under agency (supervision, targets); the agency value also scales the chance that juridical governance enforces a penalty.", Direction)]
    public double MonitoringAgency { get; init; }

    [Number(0.6, "x", 0, 5, "Multiplier on monitoring intensity under stewardship.", Direction)]
    public double MonitoringStewardship { get; init; }

    [Number(1, "x", 0, 5, "Multiplier on monitoring intensity under resource dependency.", Neutral)]
    public double MonitoringResourceDependency { get; init; }

    [Number(1, "x", 0, 5, "Multiplier on monitoring intensity under the stakeholder stance.", Neutral)]
    public double MonitoringStakeholder { get; init; }

    [Number(0.2, "challenge 0-1", -1, 1, "Shift in the challenge a provider feels under agency (high challenge).", Direction)]
    public double ChallengeAgency { get; init; }

    [Number(-0.15, "challenge 0-1", -1, 1, "Shift in challenge under stewardship (appreciative, collaborative).", Direction)]
    public double ChallengeStewardship { get; init; }

    [Number(0, "challenge 0-1", -1, 1, "Shift in challenge under resource dependency.", Neutral)]
    public double ChallengeResourceDependency { get; init; }

    [Number(0.05, "challenge 0-1", -1, 1, "Shift in challenge under the stakeholder stance.", Direction)]
    public double ChallengeStakeholder { get; init; }

    [Number(0.5, "x", 0, 5, "Multiplier on trust built by contact under agency (a critical style).", Direction)]
    public double ContactAgency { get; init; }

    [Number(1.5, "x", 0, 5, "Multiplier on trust built by contact under stewardship (joint endeavour).", Direction)]
    public double ContactStewardship { get; init; }

    [Number(1, "x", 0, 5, "Multiplier on trust built by contact under resource dependency.", Neutral)]
    public double ContactResourceDependency { get; init; }

    [Number(1.2, "x", 0, 5, "Multiplier on trust built by contact under the stakeholder stance (consensual).", Direction)]
    public double ContactStakeholder { get; init; }

    [Number(0.1, "0-1", -1, 1, "Shift in the weight of price when scoring bids under agency.", Direction)]
    public double PriceWeightAgency { get; init; }

    [Number(-0.1, "0-1", -1, 1, "Shift in the weight of price when scoring bids under stewardship.", Direction)]
    public double PriceWeightStewardship { get; init; }

    [Number(0, "0-1", -1, 1, "Shift in the weight of price when scoring bids under resource dependency.", Neutral)]
    public double PriceWeightResourceDependency { get; init; }

    [Number(-0.15, "0-1", -1, 1, "Shift in the weight of price when scoring bids under the stakeholder stance (long-term value).", Direction)]
    public double PriceWeightStakeholder { get; init; }

    [Number(1, "x", 0, 10, "Multiplier on bidders from outside the area under agency.", Neutral)]
    public double OutsideBiddersAgency { get; init; }

    [Number(1, "x", 0, 10, "Multiplier on bidders from outside the area under stewardship.", Neutral)]
    public double OutsideBiddersStewardship { get; init; }

    [Number(1.5, "x", 0, 10, "Multiplier on bidders from outside the area under resource dependency (boundary spanning draws them in).", Direction)]
    public double OutsideBiddersResourceDependency { get; init; }

    [Number(1, "x", 0, 10, "Multiplier on bidders from outside the area under the stakeholder stance.", Neutral)]
    public double OutsideBiddersStakeholder { get; init; }

    [Number(1, "x", 0, 10, "Multiplier on external innovation influence (Bass p) under agency.", Neutral)]
    public double ExternalInfluenceAgency { get; init; }

    [Number(1, "x", 0, 10, "Multiplier on external innovation influence (Bass p) under stewardship.", Neutral)]
    public double ExternalInfluenceStewardship { get; init; }

    [Number(2, "x", 0, 10, "Multiplier on external innovation influence (Bass p) under resource dependency (levering outside expertise).", Direction)]
    public double ExternalInfluenceResourceDependency { get; init; }

    [Number(1, "x", 0, 10, "Multiplier on external innovation influence (Bass p) under the stakeholder stance.", Neutral)]
    public double ExternalInfluenceStakeholder { get; init; }

    [Number(1, "x", 0.1, 10, "Multiplier on contract length under agency.", Neutral)]
    public double ContractLengthAgency { get; init; }

    [Number(1, "x", 0.1, 10, "Multiplier on contract length under stewardship.", Neutral)]
    public double ContractLengthStewardship { get; init; }

    [Number(1, "x", 0.1, 10, "Multiplier on contract length under resource dependency.", Neutral)]
    public double ContractLengthResourceDependency { get; init; }

    [Number(1.5, "x", 0.1, 10, "Multiplier on contract length under the stakeholder stance (long-term public value).", Direction)]
    public double ContractLengthStakeholder { get; init; }

    /// <summary>Multiplier on monitoring intensity.</summary>
    public double Monitoring(Stance s) => Pick(s, MonitoringAgency, MonitoringStewardship, MonitoringResourceDependency, MonitoringStakeholder);

    /// <summary>Shift in the challenge a provider feels.</summary>
    public double Challenge(Stance s) => Pick(s, ChallengeAgency, ChallengeStewardship, ChallengeResourceDependency, ChallengeStakeholder);

    /// <summary>Multiplier on trust built by contact.</summary>
    public double Contact(Stance s) => Pick(s, ContactAgency, ContactStewardship, ContactResourceDependency, ContactStakeholder);

    /// <summary>Shift in the weight of price when scoring bids.</summary>
    public double PriceWeight(Stance s) => Pick(s, PriceWeightAgency, PriceWeightStewardship, PriceWeightResourceDependency, PriceWeightStakeholder);

    /// <summary>Multiplier on bidders from outside the area.</summary>
    public double OutsideBidders(Stance s) => Pick(s, OutsideBiddersAgency, OutsideBiddersStewardship, OutsideBiddersResourceDependency, OutsideBiddersStakeholder);

    /// <summary>Multiplier on external innovation influence (Bass p).</summary>
    public double ExternalInfluence(Stance s) => Pick(s, ExternalInfluenceAgency, ExternalInfluenceStewardship, ExternalInfluenceResourceDependency, ExternalInfluenceStakeholder);

    /// <summary>Multiplier on contract length.</summary>
    public double ContractLength(Stance s) => Pick(s, ContractLengthAgency, ContractLengthStewardship, ContractLengthResourceDependency, ContractLengthStakeholder);

    private static double Pick(Stance s, double agency, double stewardship, double resourceDependency, double stakeholder) => s switch
    {
        Stance.Agency => agency,
        Stance.Stewardship => stewardship,
        Stance.ResourceDependency => resourceDependency,
        _ => stakeholder,
    };
}
