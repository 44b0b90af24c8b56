using System.Reflection;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Parameters;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Tests.Parameters;

/// <summary>Each parameter is declared once, on its section's property, and the rules read exactly what the scenario says.</summary>
public class SectionBindingTests
{
    public static TheoryData<string> SectionNames => [.. ScenarioSchema.Sections.Select(s => s.Name)];

    private static Type SectionType(string name) =>
        typeof(ModelParameters).Assembly.GetTypes().Single(t => typeof(IParameterSection).IsAssignableFrom(t) && !t.IsInterface
            && ((SectionSpec)t.GetProperty("Spec", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Name == name);

    [Theory]
    [MemberData(nameof(SectionNames))]
    public void Every_declared_field_binds_to_its_property_with_the_scenarios_value(string section)
    {
        var spec = ScenarioSchema.Section(section)!;
        var type = SectionType(section);
        var values = new Dictionary<string, object?>();
        foreach (var f in spec.Fields)
        {
            // A value away from the default, inside the range, so a property bound to the wrong field shows.
            values[f.Name] = f.Kind switch
            {
                ValueKind.Number => f.Min + (Math.Min(f.Max, f.Min + 1) - f.Min) * 0.37,
                ValueKind.Integer => (long)Math.Min(f.Max, f.Min + 3),
                ValueKind.Boolean => !(bool)f.Default!,
                ValueKind.Choice => f.Choices[^1],
                _ => throw new InvalidOperationException(f.Path),
            };
        }
        var bind = typeof(SectionBinder).GetMethod(nameof(SectionBinder.Bind))!.MakeGenericMethod(type);
        var bound = bind.Invoke(null, [new ElementValues(values)])!;
        foreach (var f in spec.Fields)
        {
            var property = type.GetProperty(string.Concat(f.Name.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..])), BindingFlags.Public | BindingFlags.Instance);
            Assert.True(property is not null, $"{f.Path} has no property");
            var read = property!.GetValue(bound);
            var expected = f.Kind switch
            {
                ValueKind.Integer => (object)(int)(long)values[f.Name]!,
                ValueKind.Choice => Enum.ToObject(property.PropertyType, f.Choices.Count - 1),
                _ => values[f.Name],
            };
            Assert.Equal(expected, read);
        }
    }

    [Fact]
    public void Every_parameter_path_is_declared_once()
    {
        var paths = ScenarioSchema.AllParameters.Select(f => f.Path).ToList();
        Assert.Equal(paths.Count, paths.Distinct().Count());
    }

    [Fact]
    public void An_absent_section_binds_every_default()
    {
        var trust = ScenarioInput.Defaults().Section<TrustParameters>();
        Assert.Equal(0.03, trust.GainRate);
        Assert.Equal(Stance.Stewardship, ScenarioInput.Defaults().Section<CommissioningParameters>().Stance);
        Assert.Null(ScenarioInput.Defaults().Section<CommissioningParameters>().NegotiatedOrder);
    }

    [Fact]
    public void Enum_names_are_the_values_in_snake_case()
    {
        Assert.Equal(["agency", "stewardship", "resource_dependency", "stakeholder"], EnumNames.Of<Stance>());
        Assert.Equal("mandate_to_tender", EnumNames.Name(EventKind.MandateToTender));
        Assert.Equal(ProviderKind.VoluntaryOrg, EnumNames.Parse<ProviderKind>("voluntary_org"));
    }
}
