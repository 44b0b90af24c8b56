using System.Text;
using System.Text.Json;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Scenarios;

/// <summary>
/// Writes a bound scenario as self-contained JSON: every field with its value or default, in schema order, no
/// extends. The same values always give the same bytes, so its hash identifies the experiment.
/// </summary>
internal static class ResolvedScenarioWriter
{
    public static string Write(BoundScenario bound)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            foreach (var f in ScenarioSchema.TopLevel)
            {
                if (f.Name is "extends" or "$schema") continue;
                WriteField(json, f, bound.TopLevel);
            }
            foreach (var section in ScenarioSchema.Sections)
            {
                json.WriteStartObject(section.Name);
                var values = bound.Sections.GetValueOrDefault(section.Name) ?? [];
                foreach (var f in section.Fields) WriteField(json, f, values);
                json.WriteEndObject();
            }
            foreach (var list in ScenarioSchema.Lists)
            {
                var elements = bound.Lists.TryGetValue(list.Name, out var given) ? given
                    : [.. list.Defaults.Select(d => d.ToDictionary(kv => kv.Key, kv => (object?)kv.Value))];
                if (elements.Count == 0 && list.OmittedWhenEmpty) continue;
                json.WriteStartArray(list.Name);
                foreach (var element in elements)
                {
                    json.WriteStartObject();
                    foreach (var f in list.Fields) WriteField(json, f, element);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteField(Utf8JsonWriter json, FieldSpec f, Dictionary<string, object?> values)
    {
        var value = values.TryGetValue(f.Name, out var v) ? v : f.Default;
        if (value is null) return;
        switch (value)
        {
            case double d: json.WriteNumber(f.Name, d); break;
            case long l: json.WriteNumber(f.Name, l); break;
            case int i: json.WriteNumber(f.Name, i); break;
            case bool b: json.WriteBoolean(f.Name, b); break;
            case string[] names:
                json.WriteStartArray(f.Name);
                foreach (var n in names) json.WriteStringValue(n);
                json.WriteEndArray();
                break;
            default: json.WriteString(f.Name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }
}
