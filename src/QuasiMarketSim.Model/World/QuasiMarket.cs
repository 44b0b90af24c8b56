using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Parameters;

namespace QuasiMarketSim.Model.World;

/// <summary>
/// The whole state of one simulated health economy: dimensions, parameters, and the struct-of-arrays stores
/// the rules read and write. Built by <see cref="WorldBuilder"/>; advanced by the phases in <see cref="Phases"/>.
/// </summary>
internal sealed class QuasiMarket
{
    public QuasiMarket(ScenarioInput input, ModelParameters p, ulong seed, AreaState areas, ProviderState providers,
        ContractState contracts, CellState cells, PatientState patients, StaffPools staff, float[] admissionHazardBySeverity)
    {
        Input = input;
        P = p;
        Seed = seed;
        Areas = areas;
        Providers = providers;
        Contracts = contracts;
        Cells = cells;
        Patients = patients;
        Staff = staff;
        AdmissionHazardBySeverity = admissionHazardBySeverity;
        Lines = input.ServiceLines;
        Categories = input.StaffCategories;
        Events = input.Events;
        CommissionersPerRegion = input.World.CommissionersPerRegion;
        Flows = new TickFlows(areas.Region.Length);
    }

    /// <summary>Areas sharing one regional staff market.</summary>
    public int CommissionersPerRegion { get; }

    public ScenarioInput Input { get; }
    public ModelParameters P { get; }
    public ulong Seed { get; }
    public int AreaCount => Areas.Region.Length;
    public AreaState Areas { get; }
    public ProviderState Providers { get; }
    public ContractState Contracts { get; }
    public CellState Cells { get; }
    public PatientState Patients { get; }
    public StaffPools Staff { get; }
    public IReadOnlyList<ServiceLine> Lines { get; }
    public IReadOnlyList<StaffCategory> Categories { get; }
    public IReadOnlyList<ScheduledEvent> Events { get; }
    /// <summary>Flows of the tick in progress.</summary>
    public TickFlows Flows { get; }
    /// <summary>
    /// Monthly admission hazard without care as a function of severity, tabulated at
    /// <see cref="HazardTableSize"/> points on [0, 1] so the patient loop needs no exp().
    /// </summary>
    public float[] AdmissionHazardBySeverity { get; }
    /// <summary>Resolution of <see cref="AdmissionHazardBySeverity"/>.</summary>
    public const int HazardTableSize = 1024;
    /// <summary>Ticks of warm-up before recording starts.</summary>
    public int Warmup => Input.Warmup;

    /// <summary>Staff category of service line <paramref name="line"/>.</summary>
    public int CategoryOf(int line) => Lines[line].StaffCategory;

    /// <summary>Region of provider <paramref name="provider"/>.</summary>
    public int RegionOf(int provider) => Areas.Region[Providers.Area[provider]];

    /// <summary>Staff needed per patient-month on <paramref name="line"/> in <paramref name="area"/>.</summary>
    public double StaffPerPatient(int area, int line) => Areas.DemandFactor[area] / Lines[line].PatientsPerStaff;

    /// <summary>
    /// Expected cost per patient-month of <paramref name="provider"/> on <paramref name="line"/>: the staff it
    /// needs at its wage, plus overheads, scaled by its efficiency.
    /// </summary>
    public double UnitCost(int provider, int line)
    {
        var area = Providers.Area[provider];
        var wage = Categories[CategoryOf(line)].Wage * (1 + Providers.WagePremium[provider]);
        // Effort above the professional norm, and gaming, take time that is paid for (Holmstrom and Milgrom: effort is costly).
        var effort = 1 + P.Providers.EffortCostShare * (Providers.Effort[provider] - P.Providers.BaseEffort + Providers.Gaming[provider]);
        return Providers.CostFactor[provider] * effort * (wage * StaffPerPatient(area, line) + P.Providers.OverheadPerPatient * Areas.DemandFactor[area]);
    }
}
