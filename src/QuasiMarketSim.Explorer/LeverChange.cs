using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Explorer;

/// <summary>
/// A lever moved mid-run, written as the scenario event that does it (repertoire_change at the current month), so the
/// world rebuilt with that event replays the same months up to now and a saved scenario reproduces the change. Only the
/// levers an event can express move mid-run: the relational mix and the stance; the rest apply at Setup.
/// </summary>
public static class LeverChange
{
    /// <summary>The levers that may move mid-run.</summary>
    public static IReadOnlyList<string> MidRun { get; } = ["commissioning.relational_mix", "commissioning.stance"];

    /// <summary>
    /// The override that adds a repertoire_change at <paramref name="month"/> to <paramref name="scenario"/>'s events for
    /// <paramref name="sets"/> (path=value); throws <see cref="InputException"/> for a lever no event can move.
    /// </summary>
    public static string EventsOverride(LoadedScenario scenario, int month, IReadOnlyList<string> sets)
    {
        double? mix = null;
        string? stance = null;
        foreach (var set in sets)
        {
            var eq = set.IndexOf('=', StringComparison.Ordinal);
            var path = eq > 0 ? set[..eq].Trim() : set;
            var value = eq > 0 ? set[(eq + 1)..].Trim().Trim('"') : "";
            if (path == MidRun[0] && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var m)) mix = m;
            else if (path == MidRun[1]) stance = value;
            else throw new InputException($"{path}: only {string.Join(" and ", MidRun)} can change mid-run (as a repertoire_change event); "
                + "other levers apply at Setup");
        }
        using var doc = JsonDocument.Parse(scenario.ResolvedJson);
        var events = doc.RootElement.TryGetProperty("events", out var given) ? JsonNode.Parse(given.GetRawText())!.AsArray() : [];
        var change = new JsonObject
        {
            ["tick"] = month,
            ["type"] = "repertoire_change",
            ["magnitude"] = mix ?? CurrentMix(doc.RootElement, events),
            ["commissioner"] = -1,
        };
        if (stance is not null) change["stance"] = stance;
        events.Add(change);
        return "events=" + events.ToJsonString();
    }

    // Only the stance moved: the mix stays what the last change (or the scenario) made it.
    private static double CurrentMix(JsonElement resolved, JsonArray events) =>
        events.OfType<JsonObject>().LastOrDefault(e => (string?)e["type"] == "repertoire_change") is { } last
            ? (double)last["magnitude"]! : resolved.GetProperty("commissioning").GetProperty("relational_mix").GetDouble();
}
