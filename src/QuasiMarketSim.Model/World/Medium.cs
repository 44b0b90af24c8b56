namespace QuasiMarketSim.Model.World;

/// <summary>The six media of power (Livewell case study, Table 1).</summary>
public enum Medium
{
    /// <summary>1: negotiated order (relationality).</summary>
    NegotiatedOrder,
    /// <summary>2: provider competition (contestability).</summary>
    ProviderCompetition,
    /// <summary>3: financial incentives.</summary>
    FinancialIncentives,
    /// <summary>4: ideological and disciplinary control.</summary>
    IdeologicalControl,
    /// <summary>5: juridical governance.</summary>
    JuridicalGovernance,
    /// <summary>6: managerial performance of commissioning.</summary>
    ManagerialPerformance,
}

/// <summary>Helpers over <see cref="Medium"/>.</summary>
public static class Media
{
    /// <summary>Number of media.</summary>
    public const int Count = 6;

    /// <summary>
    /// Default weight of a medium at a relational mix m: relational media (1, 4, 6) 0.1 + 0.8 m, transactional
    /// media (2, 3, 5) 0.1 + 0.8 (1 - m). No medium is ever wholly absent (MODEL-BRIEF: a mix, not a switch).
    /// </summary>
    public static double DefaultWeight(Medium medium, double relationalMix) => medium switch
    {
        Medium.NegotiatedOrder or Medium.IdeologicalControl or Medium.ManagerialPerformance => 0.1 + 0.8 * relationalMix,
        _ => 0.1 + 0.8 * (1 - relationalMix),
    };
}
