using System.Collections.Concurrent;
using System.Reflection;

namespace QuasiMarketSim.Model.Specs;

/// <summary>
/// Reads a section's declared properties (<see cref="ParameterAttribute"/>) into its specification, and binds
/// validated values into a typed section object. Reflection runs once per section type for the specification and
/// once per run for the values: never in the tick loop.
/// </summary>
public static class SectionBinder
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, FieldSpec Field)[]> Declared = new();

    /// <summary>The fields declared on <paramref name="type"/>'s properties, in the order they are written.</summary>
    public static IReadOnlyList<FieldSpec> Fields(Type type) => [.. Declarations(type).Select(d => d.Field)];

    /// <summary>A <typeparamref name="T"/> holding <paramref name="values"/> (defaults where a value is absent).</summary>
    public static T Bind<T>(ElementValues values) where T : IParameterSection, new()
    {
        var section = new T();
        foreach (var (property, field) in Declarations(typeof(T)))
        {
            property.SetValue(section, field.Kind switch
            {
                ValueKind.Number when field.Optional => values.OptionalNumber(field),
                ValueKind.Number => values.Number(field),
                ValueKind.Integer => values.Integer(field),
                ValueKind.Boolean => values.Flag(field),
                ValueKind.Choice => Enum.ToObject(property.PropertyType, values.ChoiceIndex(field)),
                _ => throw new InvalidOperationException($"{field.Path}: a {field.Kind} cannot be bound to a section property."),
            });
        }
        return section;
    }

    private static (PropertyInfo Property, FieldSpec Field)[] Declarations(Type type) => Declared.GetOrAdd(type, t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<ParameterAttribute>()))
            .Where(d => d.Attribute is not null)
            .OrderBy(d => d.Attribute!.Line)
            .Select(d =>
            {
                if (d.Attribute is ChoiceAttribute choice) choice.Choices = d.Property.PropertyType;
                return (d.Property, d.Attribute!.Spec(EnumNames.Snake(d.Property.Name)));
            })]);
}
