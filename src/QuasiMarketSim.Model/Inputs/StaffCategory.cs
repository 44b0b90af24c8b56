using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Inputs;

/// <summary>A category of specialist staff with its own regional pools.</summary>
/// <param name="Name">Key, used in metric names.</param>
/// <param name="Wage">Cost of one whole-time employee per month (GBP).</param>
/// <param name="PoolRatio">Staff available for hire at the start, as a share of the staff employed.</param>
/// <param name="TrainingRatio">Trainees entering the pipeline per year, as a share of the staff initially employed.</param>
/// <param name="StaffingAtStart">Staffing ratio (employed / needed) at the start.</param>
public sealed record StaffCategory(string Name, double Wage, double PoolRatio, double TrainingRatio, double StaffingAtStart)
{
    /// <summary>The "name" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec NameField = FieldSpec.Identifier("name", null, "Key of the staff category (snake_case).");
    /// <summary>The "wage" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec WageField = FieldSpec.Number("wage", 3500, "GBP per WTE-month", 0, 1e7, "Employer cost of one whole-time employee per month.",
        "NHS Agenda for Change band 6-7, illustrative.");
    /// <summary>The "pool_ratio" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec PoolRatioField = FieldSpec.Number("pool_ratio", 0.03, "x employed", 0, 100, "Staff available for hire at the start, as a share of staff employed.",
        "Three-PCT study: diabetes specialist nurses in short supply nationally.");
    /// <summary>The "training_ratio" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec TrainingRatioField = FieldSpec.Number("training_ratio", 0.12, "x employed per year", 0, 10,
        "Trainees entering the pipeline per year, as a share of staff initially employed (about 0.12 replaces leavers from staff and pool).", "Leaver rate 11.5% (MODEL-BRIEF).");
    /// <summary>The "staffing_at_start" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec StaffingAtStartField = FieldSpec.Number("staffing_at_start", 0.9, "ratio", 0, 2,
        "Staff employed at the start as a share of staff needed (0.9 is a 10% vacancy rate).", "NHS vacancy rates about 10% (MODEL-BRIEF).");

    /// <summary>The list's specification, with scarce specialist categories as defaults.</summary>
    public static ListSpec Spec { get; } = new("staff_categories", "Categories of specialist staff.",
        [NameField, WageField, PoolRatioField, TrainingRatioField, StaffingAtStartField],
        "name",
        [
            Category("diabetes_nurses", 3600, 0.03, 0.12),
            Category("stroke_therapists", 3400, 0.03, 0.12),
            Category("mental_health_nurses", 3500, 0.03, 0.12),
        ]);

    /// <summary>Builds the record from validated values.</summary>
    public static StaffCategory From(ElementValues v) => new(
        v.Text(NameField), v.Number(WageField), v.Number(PoolRatioField), v.Number(TrainingRatioField), v.Number(StaffingAtStartField));

    private static Dictionary<string, object> Category(string name, double wage, double pool, double training) => new()
    {
        ["name"] = name, ["wage"] = wage, ["pool_ratio"] = pool, ["training_ratio"] = training, ["staffing_at_start"] = 0.9,
    };
}
