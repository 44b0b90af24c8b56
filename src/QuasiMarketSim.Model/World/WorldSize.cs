using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Parameters;

namespace QuasiMarketSim.Model.World;

/// <summary>
/// How many of each agent and store a scenario's world holds, and about how much memory it needs, computed from
/// the scenario alone (in 64-bit arithmetic, so an oversized world is refused before anything is allocated).
/// </summary>
/// <param name="Patients">Patients.</param>
/// <param name="Cells">Cells (practice x service line).</param>
/// <param name="Contracts">Contracts (area x service line x lot).</param>
/// <param name="Providers">Provider slots (including entrant slots).</param>
/// <param name="StaffCategories">Staff categories (each provider holds its staffing per category).</param>
/// <param name="RecordedValues">Metric values recorded over the run (rows x columns).</param>
public sealed record WorldSize(long Patients, long Cells, long Contracts, long Providers, int StaffCategories, long RecordedValues)
{
    // Bytes per element, from the struct-of-arrays stores (PatientState, CellState, ContractState, ProviderState)
    // with about a quarter added for the rules' scratch arrays; WorldSizeTests checks these bound what is allocated.
    private const long BytesPerPatient = 8;
    private const long BytesPerCell = 80;
    private const long BytesPerContract = 320;
    private const long BytesPerProviderBase = 120;
    private const long BytesPerProviderCategory = 24;
    private const long FixedBytes = 64L << 20;

    /// <summary>The most elements one store can hold in this build (.NET arrays are indexed by int).</summary>
    public const long MaxElements = int.MaxValue - 64;

    /// <summary>Counts the world <paramref name="input"/> describes.</summary>
    public static WorldSize Of(ScenarioInput input)
    {
        long areas = input.World.Commissioners;
        long practices = input.World.PracticesPerCommissioner;
        long lines = input.ServiceLines.Count;
        long perArea = practices + input.World.AcuteTrusts + input.World.CommunityTrusts
            + input.World.MentalHealthTrusts + input.World.PrivateFirms
            + input.World.VoluntaryOrgs + input.World.EntrantSlots;
        // Columns: about 30 whole-economy metrics plus a few per service line and staff category.
        long columns = 40 + 8 * lines + 2 * input.StaffCategories.Count;
        return new WorldSize(
            areas * practices * input.World.PatientsPerPractice,
            areas * practices * lines,
            areas * lines * input.World.LotsPerLine,
            areas * perArea,
            input.StaffCategories.Count,
            (long)input.Ticks * columns);
    }

    /// <summary>About how many bytes the world and its recorded results take.</summary>
    public long EstimatedBytes =>
        FixedBytes
        + Patients * BytesPerPatient
        + Cells * BytesPerCell
        + Contracts * BytesPerContract
        + Providers * (BytesPerProviderBase + BytesPerProviderCategory * StaffCategories)
        + RecordedValues * sizeof(double);

    /// <summary>The largest store, by name and count, when one exceeds <see cref="MaxElements"/>; else null.</summary>
    public (string Store, long Count)? Oversized =>
        new (string, long)[] { ("patients", Patients), ("cells (practices x service lines)", Cells), ("contracts", Contracts), ("provider slots", Providers) }
            .Where(s => s.Item2 > MaxElements).Select(s => ((string, long)?)s).FirstOrDefault();
}
