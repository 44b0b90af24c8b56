using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>The size and make-up of the simulated health economy.</summary>
public static class WorldParams
{
    public static readonly FieldSpec Commissioners = FieldSpec.Integer("commissioners", 3, "count", 1, 5000, "Commissioners (PCT/CCG-like purchasers), each a monopsony in its own area.", "Three-PCT study: three areas.");
    public static readonly FieldSpec CommissionersPerRegion = FieldSpec.Integer("commissioners_per_region", 1, "count", 1, 5000, "Commissioners sharing one regional staff market.", "Three-PCT study: sites in different regions.");
    public static readonly FieldSpec PracticesPerCommissioner = FieldSpec.Integer("practices_per_commissioner", 8, "count", 1, 10000, "GP practices in each area; patients are registered with them and innovation spreads among them.", "Livewell: 5 practices; a PCT had tens.");
    public static readonly FieldSpec PatientsPerPractice = FieldSpec.Integer("patients_per_practice", 600, "patients", 1, 1000000, "Patients with the modelled long-term conditions registered with each practice.", "About 7% diabetes prevalence in a 9,000-patient list.");
    public static readonly FieldSpec AcuteTrusts = FieldSpec.Integer("acute_trusts", 1, "per area", 0, 100, "Acute NHS trusts in each area.", "Three-PCT study.");
    public static readonly FieldSpec CommunityTrusts = FieldSpec.Integer("community_trusts", 1, "per area", 0, 100, "Community NHS trusts in each area.", "Three-PCT study: county-wide community provider.");
    public static readonly FieldSpec MentalHealthTrusts = FieldSpec.Integer("mental_health_trusts", 1, "per area", 0, 100, "Mental health NHS trusts in each area.", "Three-PCT study: Wirral memory service.");
    public static readonly FieldSpec PrivateFirms = FieldSpec.Integer("private_firms", 0, "per area", 0, 100, "Private firms present at the start in each area.", "Three-PCT study: choice of provider generally absent.");
    public static readonly FieldSpec VoluntaryOrgs = FieldSpec.Integer("voluntary_orgs", 1, "per area", 0, 100, "Voluntary organisations in each area.", "Three-PCT study: Alzheimer's Society input.");
    public static readonly FieldSpec EntrantSlots = FieldSpec.Integer("entrant_slots", 3, "per area", 0, 100, "Most private entrants an area can gain over a run (storage is reserved up front).", "Rationale: bounded memory.");
    public static readonly FieldSpec LotsPerLine = FieldSpec.Integer("lots_per_line", 1, "contracts", 1, 1000, "Contracts each service line is divided into per area (practices are split between lots).", "Rationale: a service is one contract unless divided.");

    /// <summary>The section.</summary>
    public static SectionSpec Section { get; } = new("world", "Size and make-up of the health economy.",
        Commissioners, CommissionersPerRegion, PracticesPerCommissioner, PatientsPerPractice, AcuteTrusts, CommunityTrusts,
        MentalHealthTrusts, PrivateFirms, VoluntaryOrgs, EntrantSlots, LotsPerLine);
}
