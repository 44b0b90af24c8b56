using System.Text.Json;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Explorer;

/// <summary>One control on the page, generated from a parameter's declaration (the source of validation and `quasim describe`).</summary>
/// <param name="Path">The --set path ("commissioning.relational_mix").</param>
/// <param name="Section">Its section.</param>
/// <param name="Name">Its name within the section.</param>
/// <param name="Kind">number, integer, boolean or choice: the page draws a slider, a slider, a switch or a chooser.</param>
/// <param name="Min">Smallest valid value.</param>
/// <param name="Max">Largest valid value.</param>
/// <param name="Unit">Unit of measure.</param>
/// <param name="Meaning">What it controls (shown on hover).</param>
/// <param name="Choices">Allowed values of a choice.</param>
/// <param name="Value">Its value in the scenario (null when derived and not given).</param>
/// <param name="Headline">Shown at the top: the relational mix and the six media of power.</param>
public sealed record ParameterControl(string Path, string Section, string Name, string Kind, double Min, double Max, string Unit, string Meaning,
    IReadOnlyList<string> Choices, JsonElement? Value, bool Headline);

/// <summary>The page's controls for a scenario: every scalar parameter the schema declares, with the scenario's value.</summary>
public static class ParameterControls
{
    /// <summary>The levers a student reaches for first: the relational mix and the six media of power (Livewell, Table 1).</summary>
    public static IReadOnlyList<string> Headlines { get; } =
    [
        "commissioning.relational_mix", "commissioning.negotiated_order", "commissioning.provider_competition", "commissioning.financial_incentives",
        "commissioning.ideological_control", "commissioning.juridical_governance", "commissioning.managerial_performance",
    ];

    /// <summary>Controls for the scenario whose resolved JSON is <paramref name="resolvedJson"/>, headline levers first.</summary>
    public static IReadOnlyList<ParameterControl> For(string resolvedJson)
    {
        using var doc = JsonDocument.Parse(resolvedJson);
        var controls = new List<ParameterControl>();
        foreach (var section in ScenarioSchema.Sections)
        {
            var values = doc.RootElement.TryGetProperty(section.Name, out var s) ? s : default;
            foreach (var f in section.Fields)
            {
                if (KindOf(f.Kind) is not { } kind) continue;
                JsonElement? value = values.ValueKind == JsonValueKind.Object && values.TryGetProperty(f.Name, out var v) ? v.Clone() : null;
                controls.Add(new ParameterControl(f.Path, section.Name, f.Name, kind, f.Min, f.Max, f.Unit, f.Meaning, f.Choices, value, Headlines.Contains(f.Path)));
            }
        }
        return [.. controls.OrderBy(c => c.Headline ? Headlines.ToList().IndexOf(c.Path) : int.MaxValue)];
    }

    private static string? KindOf(ValueKind kind) => kind switch
    {
        ValueKind.Number => "number",
        ValueKind.Integer => "integer",
        ValueKind.Boolean => "boolean",
        ValueKind.Choice => "choice",
        _ => null,
    };
}
