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

    /// <summary>True for the relational media (1, 4, 6), which lead when the relational mix is high.</summary>
    public static bool IsRelational(Medium medium) =>
        medium is Medium.NegotiatedOrder or Medium.IdeologicalControl or Medium.ManagerialPerformance;
}
