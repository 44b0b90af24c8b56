using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Inputs;

/// <summary>A service line (diabetes, stroke early supported discharge, ...): what is commissioned.</summary>
/// <param name="Name">Key, used in metric names.</param>
/// <param name="Parcelability">How cleanly the service divides into contractable units, 0-1.</param>
/// <param name="Complexity">Clinical and organisational complexity, 0-1.</param>
/// <param name="StaffCategory">Index of the staff category it needs.</param>
/// <param name="PatientShare">Relative share of each practice's patients on this line.</param>
/// <param name="PatientsPerStaff">Patients one whole-time specialist can care for.</param>
/// <param name="Tariff">Price per patient-month at the start (GBP).</param>
/// <param name="Incumbent">The kind of provider holding the contract at the start.</param>
/// <param name="Providers">Kinds of provider able to deliver the service: to bid for it, or take it over.</param>
public sealed record ServiceLine(
    string Name,
    double Parcelability,
    double Complexity,
    int StaffCategory,
    double PatientShare,
    double PatientsPerStaff,
    double Tariff,
    ProviderKind Incumbent,
    IReadOnlyList<ProviderKind> Providers)
{
    /// <summary>The "name" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec NameField = FieldSpec.Identifier("name", null, "Key of the service line (snake_case), used in metric names.");
    /// <summary>The "parcelability" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec ParcelabilityField = FieldSpec.Number("parcelability", 0.35, "0-1", 0, 1,
        "How cleanly the service divides into contractable units (LTC pathways spanning providers are low).", "Three-PCT study: no 'natural' boundary around LTC services.");
    /// <summary>The "complexity" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec ComplexityField = FieldSpec.Number("complexity", 0.6, "0-1", 0, 1, "Complexity: raises ex post costs of incomplete contracts.",
        "Williamson; Bajari and Tadelis 2001.");
    /// <summary>The "staff_category" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec StaffCategoryField = FieldSpec.Text("staff_category", null, "Name of the staff category the service needs.") with { References = "staff_categories" };
    /// <summary>The "patient_share" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec PatientShareField = FieldSpec.Number("patient_share", 1, "weight", 0.0001, 1e6, "Relative share of each practice's patients on this line.",
        "Relative prevalence.");
    /// <summary>The "patients_per_staff" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec PatientsPerStaffField = FieldSpec.Number("patients_per_staff", 250, "patients per WTE", 0.1, 1e6, "Patients one whole-time specialist can care for.",
        "Rationale: caseload norms.");
    /// <summary>The "tariff" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec TariffField = FieldSpec.Number("tariff", 30, "GBP per patient-month", 0, 1e6, "Price per patient-month at the start.",
        "Rationale: set about 10% above initial cost.");
    /// <summary>The "incumbent" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec IncumbentField = FieldSpec.Choice("incumbent", "community_trust", ProviderKinds.Names, "Kind of provider holding the contract at the start.",
        "Three-PCT study: incumbent NHS providers.");
    /// <summary>The "providers" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec ProvidersField = FieldSpec.ChoiceSet("providers", [.. ProviderKinds.Contractors], ProviderKinds.Contractors,
        "Kinds of provider able to deliver the service: only these bid for it or take it over (private_firm admits outside bidders and entrants).",
        "Three-PCT study: 'choice of provider was generally absent or limited'; each service had one or two plausible NHS providers.");

    /// <summary>One bit per <see cref="ProviderKind"/> in <see cref="Providers"/>, so the check allocates nothing.</summary>
    private readonly int _deliverers = Providers.Aggregate(0, (mask, kind) => mask | 1 << (int)kind);

    /// <summary>True when a provider of <paramref name="kind"/> can bid for this service or take it over.</summary>
    public bool DeliverableBy(ProviderKind kind) => (_deliverers & 1 << (int)kind) != 0;

    /// <summary>The list's specification, with the three-PCT study's LTC lines as defaults.</summary>
    public static ListSpec Spec { get; } = new("service_lines", "Services commissioned in every area.",
        [NameField, ParcelabilityField, ComplexityField, StaffCategoryField, PatientShareField, PatientsPerStaffField, TariffField, IncumbentField, ProvidersField],
        "name",
        [
            Line("diabetes", 0.35, 0.6, "diabetes_nurses", 0.55, 250, 30, "community_trust"),
            Line("stroke_esd", 0.3, 0.75, "stroke_therapists", 0.15, 40, 120, "community_trust"),
            Line("dementia_memory", 0.4, 0.65, "mental_health_nurses", 0.3, 120, 50, "mental_health_trust"),
        ]);

    /// <summary>Builds the record from validated values; <paramref name="staffIndex"/> resolves a category name.</summary>
    public static ServiceLine From(ElementValues v, Func<string, int> staffIndex) => new(
        v.Text(NameField), v.Number(ParcelabilityField), v.Number(ComplexityField), staffIndex(v.Text(StaffCategoryField)),
        v.Number(PatientShareField), v.Number(PatientsPerStaffField), v.Number(TariffField), (ProviderKind)v.ChoiceIndex(IncumbentField),
        [.. v.ChoiceSet(ProvidersField).Select(n => ProviderKinds.Parse(n))]);

    private static Dictionary<string, object> Line(string name, double parcel, double complexity, string staff, double share, double perStaff, double tariff, string incumbent) => new()
    {
        ["name"] = name, ["parcelability"] = parcel, ["complexity"] = complexity, ["staff_category"] = staff,
        ["patient_share"] = share, ["patients_per_staff"] = perStaff, ["tariff"] = tariff, ["incumbent"] = incumbent,
    };
}
