namespace QuasiMarketSim.Model.World;

/// <summary>How a contract pays (MODEL-BRIEF; three-PCT study: new models absorbed within block contracts).</summary>
public enum ContractForm : byte
{
    /// <summary>A fixed sum per month for the patients covered.</summary>
    Block,
    /// <summary>A tariff per patient-month of care actually given (payment by results).</summary>
    Activity,
    /// <summary>Payment that rises as unplanned admissions fall below expectation.</summary>
    Outcome,
    /// <summary>Risk and gain shared between commissioner and provider (alliance contracting).</summary>
    Alliance,
}
