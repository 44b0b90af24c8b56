namespace QuasiMarketSim.Model.Specs;

/// <summary>The type of a scenario field's value.</summary>
public enum ValueKind
{
    /// <summary>A real number within [Min, Max].</summary>
    Number,
    /// <summary>A whole number within [Min, Max].</summary>
    Integer,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>Free text.</summary>
    Text,
    /// <summary>One of <see cref="FieldSpec.Choices"/>.</summary>
    Choice,
    /// <summary>A list of distinct names from <see cref="FieldSpec.Choices"/> (stored as string[]).</summary>
    ChoiceSet,
    /// <summary>A list of numbers, each within [Min, Max] (stored as double[]).</summary>
    NumberList,
    /// <summary>A list of text items (stored as string[]).</summary>
    TextList,
}

/// <summary>
/// One documented scenario field: its default, unit, valid range, meaning and source. Validation, the JSON
/// Schema, <c>quasim describe</c> and the ODD parameter table are all generated from these, so they cannot drift.
/// </summary>
/// <param name="Name">snake_case key within its section or list element.</param>
/// <param name="Kind">The value's type.</param>
/// <param name="Default">The default (double, long, bool, string or string[]); null when <see cref="Optional"/> and derived.</param>
/// <param name="Unit">Unit of measure ("probability", "per month", "GBP per patient-month", "-").</param>
/// <param name="Min">Smallest valid value (numbers and integers).</param>
/// <param name="Max">Largest valid value (numbers and integers).</param>
/// <param name="Meaning">What the field controls, in one sentence.</param>
/// <param name="Source">The evidence or rationale for the default.</param>
public sealed record FieldSpec(
    string Name,
    ValueKind Kind,
    object? Default,
    string Unit,
    double Min,
    double Max,
    string Meaning,
    string Source)
{
    /// <summary>Allowed values of a <see cref="ValueKind.Choice"/> field.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The declared uncertainty of a number parameter's value (null: none declared).</summary>
    public Prior? Prior { get; init; }

    /// <summary>True when the field may be absent and is then derived (for example media weights from the mix).</summary>
    public bool Optional { get; init; }

    /// <summary>A regular expression a text field must match in full (null: any text).</summary>
    public string? Pattern { get; init; }

    /// <summary>What <see cref="Pattern"/> allows, in words, for error messages and documentation.</summary>
    public string PatternWords { get; init; } = "";

    /// <summary>Name of the list whose element keys this text field must name (for example "staff_categories").</summary>
    public string? References { get; init; }

    /// <summary>
    /// The section parameter ("commissioning.relational_mix") this list field takes the place of for the elements that
    /// give it; absent, that parameter's value holds (null: the field stands alone).
    /// </summary>
    public string? Overrides { get; init; }

    /// <summary>
    /// The section this field belongs to ("" for top-level and list fields). Stamped once by the
    /// <see cref="SectionSpec"/> that owns the field, on the same instance the parameter classes expose.
    /// </summary>
    public string Section { get; internal set; } = "";

    /// <summary>The dotted path of a section field ("trust.gain_rate") or the bare name otherwise.</summary>
    public string Path => Section.Length == 0 ? Name : Section + "." + Name;

    /// <summary>A real number parameter.</summary>
    public static FieldSpec Number(string name, double @default, string unit, double min, double max, string meaning, string source) =>
        new(name, ValueKind.Number, @default, unit, min, max, meaning, source);

    /// <summary>A whole number parameter.</summary>
    public static FieldSpec Integer(string name, long @default, string unit, long min, long max, string meaning, string source) =>
        new(name, ValueKind.Integer, @default, unit, min, max, meaning, source);

    /// <summary>A true/false switch.</summary>
    public static FieldSpec Flag(string name, bool @default, string meaning, string source) =>
        new(name, ValueKind.Boolean, @default, "-", 0, 1, meaning, source);

    /// <summary>A free-text field.</summary>
    public static FieldSpec Text(string name, string? @default, string meaning) =>
        new(name, ValueKind.Text, @default, "-", 0, 0, meaning, "-");

    /// <summary>
    /// A name used in file and folder names or as a key in column names: letters, digits, '_', '-' and '.' (not
    /// "..", and not starting with '.' or '-'), at most 64 characters. It can never be a path.
    /// </summary>
    public static FieldSpec Identifier(string name, string? @default, string meaning) =>
        Text(name, @default, meaning) with
        {
            Pattern = "^(?!.*\\.\\.)[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$",
            PatternWords = "a name of letters, digits, '_', '-' or '.' (at most 64, not starting with '.' or '-', no '..'), not a path",
        };

    /// <summary>One of a fixed set of names.</summary>
    public static FieldSpec Choice(string name, string? @default, IReadOnlyList<string> choices, string meaning, string source) =>
        new(name, ValueKind.Choice, @default, "-", 0, choices.Count - 1, meaning, source) { Choices = choices };

    /// <summary>A list of numbers (no default: absent means not given).</summary>
    public static FieldSpec NumberList(string name, string meaning) =>
        new(name, ValueKind.NumberList, null, "-", double.MinValue, double.MaxValue, meaning, "-") { Optional = true };

    /// <summary>A list of text items.</summary>
    public static FieldSpec TextList(string name, string[]? @default, string meaning) =>
        new(name, ValueKind.TextList, @default, "-", 0, 0, meaning, "-") { Optional = @default is null };

    /// <summary>Any number of distinct names from a fixed set.</summary>
    public static FieldSpec ChoiceSet(string name, string[] @default, IReadOnlyList<string> choices, string meaning, string source) =>
        new(name, ValueKind.ChoiceSet, @default, "-", 0, choices.Count - 1, meaning, source) { Choices = choices };
}
