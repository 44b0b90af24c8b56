using System.Text.Json;
using QuasiMarketSim.Model.Specs;
using QuasiMarketSim.Scenarios.Syntax;

namespace QuasiMarketSim.Scenarios;

/// <summary>
/// Applies `path=value` overrides: `ticks=60`, `trust.gain_rate=0.1`, `service_lines.diabetes.parcelability=0.5`,
/// `events[0].tick=24` (or `events.0.tick`). The value is read as JSON when it parses, else as a bare string.
/// </summary>
internal static class Overrides
{
    public const string Source = "--set";

    public static void Apply(ObjectNode root, IReadOnlyList<string> overrides, List<ScenarioProblem> problems)
    {
        for (var n = 0; n < overrides.Count; n++)
        {
            var text = overrides[n];
            var line = n + 1;
            var eq = text.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                problems.Add(new(Source, line, text, "expected path=value, e.g. commissioning.relational_mix=0.2"));
                continue;
            }
            var path = text[..eq].Trim();
            var value = ParseValue(text[(eq + 1)..].Trim(), line);
            var segments = path.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal)
                .Split('.', StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length == 0)
            {
                problems.Add(new(Source, line, path, "empty path"));
                continue;
            }
            if (Set(root, segments, value, line) is { } error) problems.Add(new(Source, line, path, error));
        }
    }

    private static Node ParseValue(string text, int line)
    {
        var quiet = new List<ScenarioProblem>();
        var parsed = text.Length > 0 ? JsoncParser.Parse(text, Source, quiet) : null;
        return quiet.Count == 0 && parsed is not null ? Relocate(parsed, line) : new ScalarNode(Source, line, JsonValueKind.String, text);
    }

    /// <summary>Gives every node of an override value the override's position, so problems point at it.</summary>
    private static Node Relocate(Node node, int line) => node switch
    {
        ObjectNode o => new ObjectNode(Source, line, [.. o.Properties.Select(p => new Property(p.Key, line, Relocate(p.Value, line)))]),
        ArrayNode a => new ArrayNode(Source, line, [.. a.Items.Select(i => Relocate(i, line))]),
        ScalarNode s => s with { File = Source, Line = line },
        _ => node,
    };

    private static string? Set(ObjectNode root, string[] segments, Node value, int line)
    {
        Node current = root;
        string? listKey = null;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            switch (current)
            {
                case ObjectNode obj:
                    var existing = obj.Find(segment);
                    if (last)
                    {
                        obj.Set(new Property(segment, line, value));
                        return null;
                    }
                    if (existing is null)
                    {
                        var isList = i == 0 && ScenarioSchema.List(segment) is not null;
                        if (isList) return $"'{segment}' has no elements to override; set the whole list, e.g. {segment}=[{{...}}]";
                        existing = new Property(segment, line, new ObjectNode(Source, line, []));
                        obj.Set(existing);
                    }
                    listKey = i == 0 ? ScenarioSchema.List(segment)?.KeyField : null;
                    current = existing.Value;
                    break;
                case ArrayNode array:
                    var index = int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var k) ? k
                        : listKey is null ? -1 : array.Items.FindIndex(item => ScenarioComposer.KeyOf(item, listKey) == segment);
                    if (index < 0 || index >= array.Items.Count)
                    {
                        var names = listKey is null ? "" : " (" + string.Join(", ", array.Items.Select(item => ScenarioComposer.KeyOf(item, listKey)).OfType<string>()) + ")";
                        return $"no element '{segment}': the list has {array.Items.Count} element(s){names}";
                    }
                    if (last)
                    {
                        array.Items[index] = value;
                        return null;
                    }
                    current = array.Items[index];
                    break;
                default:
                    return $"'{string.Join('.', segments[..i])}' is a value, not an object or list";
            }
        }
        return null;
    }
}
