using System.Text.Json;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Explorer;

/// <summary>
/// Reads a request body into a <see cref="WorldRequest"/>: malformed JSON and fields of the wrong type are refused with
/// a message saying which field and what was expected (an <see cref="InputException"/>), never bound half-way.
/// </summary>
public static class RequestReader
{
    /// <summary>The most a request body may hold: a page sends a scenario name and a few levers.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Parses <paramref name="body"/>.</summary>
    public static WorldRequest Read(string body, string defaultScenario)
    {
        if (body.Length > MaxBodyBytes) throw new InputException($"request body too large: at most {MaxBodyBytes} bytes");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
        }
        catch (JsonException e)
        {
            throw new InputException($"malformed JSON: {e.Message}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new InputException("malformed request: expected a JSON object {\"scenario\": ..., \"set\": [...]}");
            foreach (var p in root.EnumerateObject())
            {
                if (p.Name is not ("scenario" or "seed" or "set" or "twin")) throw new InputException($"unknown field '{p.Name}': expected scenario, seed, set or twin");
            }
            var scenario = root.TryGetProperty("scenario", out var s) ? Text(s, "scenario") : defaultScenario;
            long? seed = null;
            if (root.TryGetProperty("seed", out var seedValue) && seedValue.ValueKind != JsonValueKind.Null)
            {
                seed = seedValue.ValueKind == JsonValueKind.Number && seedValue.TryGetInt64(out var n) && n >= 0 ? n
                    : throw new InputException("'seed' must be a whole number, 0 or more");
            }
            var set = root.TryGetProperty("set", out var sets) ? Texts(sets, "set") : [];
            var twin = root.TryGetProperty("twin", out var twins) && twins.ValueKind != JsonValueKind.Null ? Texts(twins, "twin") : null;
            return new WorldRequest(scenario, seed, set, twin);
        }
    }

    private static string Text(JsonElement e, string field) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new InputException($"'{field}' must be a string");

    private static string[] Texts(JsonElement e, string field) =>
        e.ValueKind == JsonValueKind.Array && e.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String)
            ? [.. e.EnumerateArray().Select(i => i.GetString()!)]
            : throw new InputException($"'{field}' must be a list of \"path=value\" strings, e.g. [\"commissioning.relational_mix=0.2\"]");
}
