using QuasiMarketSim.Model.Inputs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>
/// The parameters a run's rules read: one typed object per scenario section (each declared once, in its own file),
/// plus the few values derived from more than one section, each with its reason.
/// </summary>
internal sealed class ModelParameters
{
    public ModelParameters(ScenarioInput s)
    {
        World = s.Section<WorldParameters>();
        Commissioning = s.Section<CommissioningParameters>();
        Trust = s.Section<TrustParameters>();
        Information = s.Section<InformationParameters>();
        TransactionCosts = s.Section<TransactionCostParameters>();
        Providers = s.Section<ProviderParameters>();
        Patients = s.Section<PatientParameters>();
        Staff = s.Section<StaffParameters>();
        Tendering = s.Section<TenderingParameters>();
        Market = s.Section<MarketParameters>();
        Contracts = s.Section<ContractParameters>();
        Stances = s.Section<StanceParameters>();
        Economics = s.Section<EconomicsParameters>();
        PerArea = new AreaParameters(World.Commissioners, Commissioning, Trust, s.Areas);
    }

    public WorldParameters World { get; }
    public CommissioningParameters Commissioning { get; }
    public TrustParameters Trust { get; }
    public InformationParameters Information { get; }
    public TransactionCostParameters TransactionCosts { get; }
    public ProviderParameters Providers { get; }
    public PatientParameters Patients { get; }
    public StaffParameters Staff { get; }
    public TenderingParameters Tendering { get; }
    public MarketParameters Market { get; }
    public ContractParameters Contracts { get; }
    public StanceParameters Stances { get; }
    public EconomicsParameters Economics { get; }

    /// <summary>Each area's commissioning settings: the commissioning section's, or its own where the scenario's "areas" list sets them.</summary>
    public AreaParameters PerArea { get; }
}
