using System.Runtime.CompilerServices;

namespace QuasiMarketSim.Model.Specs;

/// <summary>
/// Declares a scenario parameter on a property of a parameter section: the one place its default, unit, range,
/// meaning and source are written. Its key in scenario files is the property's name in snake_case
/// (<c>GainRate</c> is <c>gain_rate</c>). Validation, the JSON Schema, <c>quasim describe</c>, the ODD table and the
/// binding of the typed section are all generated from these declarations.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public abstract class ParameterAttribute : Attribute
{
    /// <summary>Records where the declaration stands, so a section's fields keep the order they are written in.</summary>
    protected ParameterAttribute(int line) => Line = line;

    /// <summary>The declaration's line in its file (fields are ordered by it).</summary>
    public int Line { get; }

    /// <summary>The field this declares, under <paramref name="name"/>.</summary>
    public abstract FieldSpec Spec(string name);
}

/// <summary>A real number parameter (a <c>double</c> property).</summary>
public sealed class NumberAttribute(double @default, string unit, double min, double max, string meaning, string source, [CallerLineNumber] int line = 0)
    : ParameterAttribute(line)
{
    /// <summary>The family of the parameter's uncertainty distribution (None: held fixed in probabilistic analyses).</summary>
    public Distribution Uncertain { get; set; }

    /// <summary>The distribution's standard deviation, in the parameter's unit (its mean is the scenario's value).</summary>
    public double Sd { get; set; }

    /// <summary>Where the spread comes from.</summary>
    public string SdSource { get; set; } = Judgement;

    /// <summary>The source of a spread set by judgement, said once.</summary>
    public const string Judgement = "Judgement: no estimate of the spread in the field studies or MODEL-BRIEF; quasim calibrate tests it against the targets (docs/ODD.md 7.14).";

    /// <inheritdoc/>
    public override FieldSpec Spec(string name) => FieldSpec.Number(name, @default, unit, min, max, meaning, source) with
    {
        Prior = Uncertain == Distribution.None ? null : new Prior(Uncertain, Sd, SdSource),
    };
}

/// <summary>A real number parameter with no default: absent means derived (a <c>double?</c> property).</summary>
public sealed class DerivedNumberAttribute(string unit, double min, double max, string meaning, string source, [CallerLineNumber] int line = 0)
    : ParameterAttribute(line)
{
    /// <inheritdoc/>
    public override FieldSpec Spec(string name) =>
        FieldSpec.Number(name, double.NaN, unit, min, max, meaning, source) with { Default = null, Optional = true };
}

/// <summary>A whole-number parameter (an <c>int</c> property).</summary>
public sealed class IntegerAttribute(long @default, string unit, long min, long max, string meaning, string source, [CallerLineNumber] int line = 0)
    : ParameterAttribute(line)
{
    /// <inheritdoc/>
    public override FieldSpec Spec(string name) => FieldSpec.Integer(name, @default, unit, min, max, meaning, source);
}

/// <summary>A true/false switch (a <c>bool</c> property).</summary>
public sealed class FlagAttribute(bool @default, string meaning, string source, [CallerLineNumber] int line = 0) : ParameterAttribute(line)
{
    /// <inheritdoc/>
    public override FieldSpec Spec(string name) => FieldSpec.Flag(name, @default, meaning, source);
}

/// <summary>One of an enum's values, written in snake_case (an enum property; the default names a value).</summary>
public sealed class ChoiceAttribute(string @default, string meaning, string source, [CallerLineNumber] int line = 0) : ParameterAttribute(line)
{
    /// <summary>The enum whose values are the choices (set by the section from the property's type).</summary>
    internal Type? Choices { get; set; }

    /// <inheritdoc/>
    public override FieldSpec Spec(string name) => FieldSpec.Choice(name, @default, EnumNames.Of(Choices!), meaning, source);
}
