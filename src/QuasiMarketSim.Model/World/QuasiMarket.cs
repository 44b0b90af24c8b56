using QuasiMarketSim.Core.Engine;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Parameters;

namespace QuasiMarketSim.Model.World;

/// <summary>
/// The whole state of one simulated health economy: dimensions, parameters, and the struct-of-arrays stores
/// the rules read and write. Built by <see cref="WorldBuilder"/>; advanced by the phases in <see cref="Phases"/>.
/// </summary>
internal sealed class QuasiMarket
{
    public QuasiMarket(ScenarioInput input, ModelParameters p, ulong seed, int threads, AreaState areas, ProviderState providers,
        ContractState contracts, CellState cells, PatientState patients, StaffPools staff, float[] admissionHazardBySeverity)
    {
        Input = input;
        P = p;
        Seed = seed;
        Threads = threads;
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
        ScratchContracts = new double[contracts.Count];
        CommissionersPerRegion = input.World.CommissionersPerRegion;
        Workers = new BlockWorkers(threads);
        PatientBlock = (from, to) => Rules.PatientRule.UpdateCells(this, PatientKey, from, to);
        ReviewBuffer = new int[contracts.Count];
        ReviewPriority = new Rules.CommissioningRule.Priority(contracts).Compare;
    }

    /// <summary>Scratch for one area's review list (sized for any area).</summary>
    public int[] ReviewBuffer { get; }

    /// <summary>The review ordering, as a delegate created once (sorting with it allocates nothing).</summary>
    public Comparison<int> ReviewPriority { get; }

    /// <summary>The thread team for the patient update (one thread: the caller only).</summary>
    public BlockWorkers Workers { get; }

    /// <summary>The patient update of a block of cells, as a cached delegate so a tick allocates nothing.</summary>
    public Action<int, int> PatientBlock { get; }

    /// <summary>
    /// The implementation of the patient rule: the AVX-512 kernel where the machine has it, else the scalar one. Both
    /// give bit-identical results; tests set this to compare them.
    /// </summary>
    public Rules.PatientKernelKind PatientKernel
    {
        get => _patientKernel;
        set
        {
            if (value == Rules.PatientKernelKind.Avx512 && !Rules.PatientKernelAvx512.IsSupported)
            {
                throw new PlatformNotSupportedException("This machine lacks AVX-512F or AVX-512DQ.");
            }
            _patientKernel = value;
        }
    }

    private Rules.PatientKernelKind _patientKernel =
        Rules.PatientKernelAvx512.IsSupported ? Rules.PatientKernelKind.Avx512 : Rules.PatientKernelKind.Scalar;

    /// <summary>The random key of the patient update in the current tick.</summary>
    public ulong PatientKey { get; set; }

    /// <summary>Areas sharing one regional staff market.</summary>
    public int CommissionersPerRegion { get; }

    public ScenarioInput Input { get; }
    public ModelParameters P { get; }
    public ulong Seed { get; }
    public int Threads { get; }
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
    public TickFlows Flows { get; } = new();
    /// <summary>
    /// Monthly admission hazard without care as a function of severity, tabulated at
    /// <see cref="HazardTableSize"/> points on [0, 1] so the patient loop needs no exp().
    /// </summary>
    public float[] AdmissionHazardBySeverity { get; }
    /// <summary>Resolution of <see cref="AdmissionHazardBySeverity"/>.</summary>
    public const int HazardTableSize = 1024;
    /// <summary>Scratch buffer, one value per contract (quantiles); never holds state between phases.</summary>
    public double[] ScratchContracts { get; }
    /// <summary>The absolute tick being run (warm-up included).</summary>
    public int Tick { get; set; }
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
        return Providers.CostFactor[provider] * (wage * StaffPerPatient(area, line) + P.Providers.OverheadPerPatient * Areas.DemandFactor[area]);
    }
}
