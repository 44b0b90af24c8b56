using QuasiMarketSim.Model.Inputs;

namespace QuasiMarketSim.Model.World;

/// <summary>
/// What each governance stance changes (Livewell case study, Table 2), as multipliers and shifts on the
/// mechanisms. Agency: supervision, monitoring against targets, high challenge, a critical style. Stewardship:
/// joint endeavour, appreciative and collaborative. Resource dependency: boundary spanning for external expertise,
/// investment and reputation. Stakeholder: long-term public value, consensual.
/// </summary>
internal static class StanceEffects
{
    /// <summary>Multiplier on monitoring intensity.</summary>
    public static double Monitoring(Stance s) => s switch { Stance.Agency => 1.5, Stance.Stewardship => 0.6, _ => 1.0 };

    /// <summary>Shift in the challenge a provider feels.</summary>
    public static double Challenge(Stance s) => s switch { Stance.Agency => 0.2, Stance.Stewardship => -0.15, Stance.Stakeholder => 0.05, _ => 0.0 };

    /// <summary>Multiplier on trust built by contact.</summary>
    public static double Contact(Stance s) => s switch { Stance.Agency => 0.5, Stance.Stewardship => 1.5, Stance.Stakeholder => 1.2, _ => 1.0 };

    /// <summary>Shift in the weight of price when scoring bids.</summary>
    public static double PriceWeight(Stance s) => s switch { Stance.Agency => 0.1, Stance.Stewardship => -0.1, Stance.Stakeholder => -0.15, _ => 0.0 };

    /// <summary>Multiplier on bidders from outside the area (boundary spanning draws them in).</summary>
    public static double OutsideBidders(Stance s) => s == Stance.ResourceDependency ? 1.5 : 1.0;

    /// <summary>Multiplier on external innovation influence (Bass p): levering outside expertise.</summary>
    public static double ExternalInfluence(Stance s) => s == Stance.ResourceDependency ? 2.0 : 1.0;

    /// <summary>Multiplier on contract length: long-term public value.</summary>
    public static double ContractLength(Stance s) => s == Stance.Stakeholder ? 1.5 : 1.0;
}
