using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>The size and make-up of the simulated health economy. The "world" section of a scenario.</summary>
internal sealed class WorldParameters : IParameterSection
{
    /// <summary>The section, generated from the declarations below.</summary>
    public static SectionSpec Spec { get; } = SectionSpec.Of<WorldParameters>("world", "Size and make-up of the health economy.");

    [Integer(3, "count", 1, 5000, "Commissioners (PCT/CCG-like purchasers), each a monopsony in its own area.", "Three-PCT study: three areas.")]
    public int Commissioners { get; init; }

    [Integer(1, "count", 1, 5000, "Commissioners sharing one regional staff market.", "Three-PCT study: sites in different regions.")]
    public int CommissionersPerRegion { get; init; }

    [Integer(8, "count", 1, 10000, "GP practices in each area; patients are registered with them and innovation spreads among them.", "Livewell: 5 practices; a PCT had tens.")]
    public int PracticesPerCommissioner { get; init; }

    [Integer(600, "patients", 1, 1000000, "Patients with the modelled long-term conditions registered with each practice.", "About 7% diabetes prevalence in a 9,000-patient list.")]
    public int PatientsPerPractice { get; init; }

    [Integer(1, "per area", 0, 100, "Acute NHS trusts in each area.", "Three-PCT study.")]
    public int AcuteTrusts { get; init; }

    [Integer(1, "per area", 0, 100, "Community NHS trusts in each area.", "Three-PCT study: county-wide community provider.")]
    public int CommunityTrusts { get; init; }

    [Integer(1, "per area", 0, 100, "Mental health NHS trusts in each area.", "Three-PCT study: Wirral memory service.")]
    public int MentalHealthTrusts { get; init; }

    [Integer(0, "per area", 0, 100, "Private firms present at the start in each area.", "Three-PCT study: choice of provider generally absent.")]
    public int PrivateFirms { get; init; }

    [Integer(1, "per area", 0, 100, "Voluntary organisations in each area.", "Three-PCT study: Alzheimer's Society input.")]
    public int VoluntaryOrgs { get; init; }

    [Integer(3, "per area", 0, 100, "Most private entrants an area can gain over a run (storage is reserved up front).", "Rationale: bounded memory.")]
    public int EntrantSlots { get; init; }

    [Integer(1, "contracts", 1, 1000, "Contracts each service line is divided into per area (practices are split between lots).", "Rationale: a service is one contract unless divided.")]
    public int LotsPerLine { get; init; }
}
