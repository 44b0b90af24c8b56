using QuasiMarketSim.Model.Parameters;
using QuasiMarketSim.Model.Specs;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Inputs;

/// <summary>
/// One element of a scenario's "areas" list: a named run of areas (<paramref name="First"/>, <paramref name="Count"/>;
/// areas are numbered from 0 as events name them) whose commissioners differ from the "commissioning" section. Each
/// setting left out (null) keeps the section's value, so an area no element names is commissioned as the section says.
/// </summary>
/// <param name="Name">The element's name, written beside its areas in areas.csv and summary.json.</param>
/// <param name="First">The first area it sets (0-based).</param>
/// <param name="Count">How many areas, from <paramref name="First"/>, it sets.</param>
/// <param name="RelationalMix">These areas' relational mix, or null.</param>
/// <param name="Weights">These areas' media weights, indexed by <see cref="Medium"/>; null where not set.</param>
/// <param name="Stance">These areas' governance stance, or null.</param>
/// <param name="CapacityPerCycle">These areas' commissioning capacity (review units per cycle), or null.</param>
/// <param name="BudgetHeadroom">These areas' budget as a multiple of spending, or null.</param>
public sealed record AreaOverride(
    string Name,
    int First,
    int Count,
    double? RelationalMix,
    IReadOnlyList<double?> Weights,
    Stance? Stance,
    double? CapacityPerCycle,
    double? BudgetHeadroom)
{
    /// <summary>The "name" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec NameField = FieldSpec.Identifier("name", null, "Name of the area (or run of areas), written beside it in areas.csv and summary.json.");

    /// <summary>The "first" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec FirstField = FieldSpec.Integer("first", 0, "index", 0, 4999,
        "First area the element sets (0-based, as events' commissioner field numbers them; at most world.commissioners - 1).", "-") with { Default = null };

    /// <summary>The "count" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec CountField = FieldSpec.Integer("count", 1, "areas", 1, 5000,
        "How many areas, from first, the element sets; no area may be set by two elements.", "-");

    /// <summary>The "relational_mix" field: the commissioning section's, for these areas.</summary>
    public static readonly FieldSpec RelationalMixField = Override("relational_mix");

    /// <summary>The six media weights, indexed by <see cref="Medium"/>: the commissioning section's, for these areas.</summary>
    public static readonly IReadOnlyList<FieldSpec> WeightFields = [.. EnumNames.Of<Medium>().Select(Override)];

    /// <summary>The "stance" field: the commissioning section's, for these areas.</summary>
    public static readonly FieldSpec StanceField = Override("stance");

    /// <summary>The "capacity_per_cycle" field: the commissioning section's, for these areas.</summary>
    public static readonly FieldSpec CapacityField = Override("capacity_per_cycle");

    /// <summary>The "budget_headroom" field: the commissioning section's, for these areas.</summary>
    public static readonly FieldSpec HeadroomField = Override("budget_headroom");

    /// <summary>The list's specification; no element by default (every area as the commissioning section says).</summary>
    public static ListSpec Spec { get; } = new("areas",
        "Commissioners that differ from the commissioning section: a named run of areas with its own repertoire, stance, capacity or budget.",
        [NameField, FirstField, CountField, RelationalMixField, .. WeightFields, StanceField, CapacityField, HeadroomField], "name", [])
    {
        OmittedWhenEmpty = true,
    };

    /// <summary>True when the element sets area <paramref name="area"/>.</summary>
    public bool Covers(int area) => area >= First && area - First < Count;

    /// <summary>Builds the record from validated values.</summary>
    public static AreaOverride From(ElementValues v) => new(
        v.Text(NameField), v.Integer(FirstField), v.Integer(CountField), v.OptionalNumber(RelationalMixField),
        [.. WeightFields.Select(v.OptionalNumber)],
        v.Raw(StanceField) is string stance ? EnumNames.Parse<Stance>(stance) : null,
        v.OptionalNumber(CapacityField), v.OptionalNumber(HeadroomField));

    /// <summary>
    /// The commissioning parameter <paramref name="name"/> as a field of an area: the same unit, range and source,
    /// declared once on <see cref="CommissioningParameters"/>; absent, the section's value holds.
    /// </summary>
    private static FieldSpec Override(string name)
    {
        var section = CommissioningParameters.Spec[name];
        return section with
        {
            Default = null,
            Optional = true,
            Section = "",
            Overrides = section.Path,
            Meaning = $"{section.Path} for these areas (absent: the section's value). {section.Meaning}",
        };
    }
}
