namespace QuasiMarketSim.Model.Specs;

/// <summary>
/// The validated, defaulted values of one object (a section or a list element), keyed by field name.
/// Numbers are double, integers long, flags bool, text and choices string; an absent optional field is null.
/// </summary>
public sealed class ElementValues
{
    private readonly IReadOnlyDictionary<string, object?> _values;

    /// <summary>Wraps already validated values.</summary>
    public ElementValues(IReadOnlyDictionary<string, object?> values) => _values = values;

    /// <summary>The raw value of <paramref name="field"/>, or its default when absent.</summary>
    public object? Raw(FieldSpec field) => _values.TryGetValue(field.Name, out var v) ? v : field.Default;

    /// <summary>A number (integers widen).</summary>
    public double Number(FieldSpec field) => Convert.ToDouble(Raw(field) ?? double.NaN, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An optional number: null when absent and the field has no default.</summary>
    public double? OptionalNumber(FieldSpec field) => Raw(field) is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>A whole number.</summary>
    public int Integer(FieldSpec field) => checked((int)Convert.ToInt64(Raw(field), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A flag.</summary>
    public bool Flag(FieldSpec field) => Raw(field) is true;

    /// <summary>Text or a choice ("" when absent).</summary>
    public string Text(FieldSpec field) => Raw(field) as string ?? "";

    /// <summary>The names of a choice set (empty when absent with no default).</summary>
    public IReadOnlyList<string> ChoiceSet(FieldSpec field) => Raw(field) as string[] ?? [];

    /// <summary>The index of a choice within <see cref="FieldSpec.Choices"/>.</summary>
    public int ChoiceIndex(FieldSpec field)
    {
        var text = Text(field);
        for (var i = 0; i < field.Choices.Count; i++)
        {
            if (field.Choices[i] == text) return i;
        }
        throw new InvalidOperationException($"'{text}' is not a choice of {field.Path}.");
    }

    /// <summary>Values built from a field-name map (used for list defaults and tests).</summary>
    public static ElementValues Of(IReadOnlyDictionary<string, object> values) =>
        new(values.ToDictionary(kv => kv.Key, kv => (object?)kv.Value));

    /// <summary>No values: every field takes its default.</summary>
    public static ElementValues Empty { get; } = new(new Dictionary<string, object?>());
}
