namespace QuasiMarketSim.Model.Specs;

/// <summary>A scenario object of scalar parameters, such as "trust" or "staff".</summary>
public sealed class SectionSpec
{
    /// <summary>Creates a section and stamps each field with its section name.</summary>
    public SectionSpec(string name, string meaning, params FieldSpec[] fields)
    {
        Name = name;
        Meaning = meaning;
        foreach (var f in fields)
        {
            if (f.Section.Length > 0 && f.Section != name) throw new InvalidOperationException($"{f.Name} already belongs to section {f.Section}.");
            f.Section = name;
        }
        Fields = fields;
    }

    /// <summary>The section declared by <typeparamref name="T"/>'s properties (see <see cref="ParameterAttribute"/>).</summary>
    public static SectionSpec Of<T>(string name, string meaning) where T : IParameterSection =>
        new(name, meaning, [.. SectionBinder.Fields(typeof(T))]);

    /// <summary>The section's key in a scenario file.</summary>
    public string Name { get; }

    /// <summary>What the section governs.</summary>
    public string Meaning { get; }

    /// <summary>Its fields, each with <see cref="FieldSpec.Section"/> set to <see cref="Name"/>.</summary>
    public IReadOnlyList<FieldSpec> Fields { get; }

    /// <summary>The field named <paramref name="name"/>.</summary>
    public FieldSpec this[string name] => Fields.First(f => f.Name == name);
}
