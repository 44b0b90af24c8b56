using System.Globalization;
using System.Text.Json;

namespace QuasiMarketSim.Plots.Report;

/// <summary>A resolved scenario flattened to path = value, in --set notation (service_lines.diabetes.tariff, events[0].tick).</summary>
public static class ResolvedValues
{
    /// <summary>Every value of a resolved scenario as (dotted path, text), in file order.</summary>
    public static SortedDictionary<string, string> Flatten(JsonElement resolved)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(resolved, "", values);
        return values;
    }

    private static void Walk(JsonElement e, string path, SortedDictionary<string, string> into)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject()) Walk(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}", into);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    var key = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var n) ? $"{path}.{n.GetString()}" : $"{path}[{i}]";
                    Walk(item, key, into);
                    i++;
                }
                break;
            case JsonValueKind.Number:
                into[path] = e.GetDouble().ToString("G6", CultureInfo.InvariantCulture);
                break;
            case JsonValueKind.True or JsonValueKind.False:
                // As scenario files write them.
                into[path] = e.ValueKind == JsonValueKind.True ? "true" : "false";
                break;
            default:
                into[path] = e.ToString();
                break;
        }
    }
}
