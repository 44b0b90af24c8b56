namespace QuasiMarketSim.Model.World;

/// <summary>What kind of commissioning decision was last taken on a contract, for the repertoire to learn from.</summary>
internal enum DecisionKind : byte
{
    /// <summary>No decision awaiting judgement.</summary>
    None,

    /// <summary>Renewed or renegotiated with the incumbent.</summary>
    Relational,

    /// <summary>Tendered or decommissioned.</summary>
    Market,
}
