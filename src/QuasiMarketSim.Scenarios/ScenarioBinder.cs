using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Specs;
using QuasiMarketSim.Scenarios.Syntax;

namespace QuasiMarketSim.Scenarios;

/// <summary>The validated values of a composed scenario, ready for the model and for writing out.</summary>
internal sealed record BoundScenario(
    Dictionary<string, object?> TopLevel,
    Dictionary<string, Dictionary<string, object?>> Sections,
    Dictionary<string, List<Dictionary<string, object?>>> Lists)
{
    /// <summary>Builds the model's input; lists the scenario did not give take the model's defaults.</summary>
    public ScenarioInput ToInput() => new(
        new ElementValues(TopLevel),
        Sections.ToDictionary(s => s.Key, s => new ElementValues(s.Value)),
        Lists.ToDictionary(l => l.Key, l => (IReadOnlyList<ElementValues>)[.. l.Value.Select(e => new ElementValues(e))]));
}

/// <summary>
/// Checks a composed scenario against <see cref="ScenarioSchema"/>, collecting every problem (unknown keys with
/// suggestions, wrong types, out of range, missing required fields, dangling references) with its file and line.
/// </summary>
internal static class ScenarioBinder
{
    public static BoundScenario Bind(ObjectNode root, List<ScenarioProblem> problems)
    {
        var bound = new BoundScenario([], [], []);
        var known = ScenarioSchema.TopLevel.Select(f => f.Name)
            .Concat(ScenarioSchema.Sections.Select(s => s.Name)).Concat(ScenarioSchema.Lists.Select(l => l.Name)).ToList();
        foreach (var prop in root.Properties)
        {
            if (ScenarioSchema.TopLevel.FirstOrDefault(f => f.Name == prop.Key) is { } field)
            {
                Read(field, prop, prop.Key, bound.TopLevel, problems);
            }
            else if (ScenarioSchema.Section(prop.Key) is { } section)
            {
                bound.Sections[section.Name] = ReadObject(prop.Value, section.Fields, section.Name, problems, required: false);
            }
            else if (ScenarioSchema.List(prop.Key) is { } list)
            {
                bound.Lists[list.Name] = ReadList(prop, list, problems);
            }
            else if (!ExperimentBlocks.Keys.Contains(prop.Key))
            {
                problems.Add(Problem(prop.Value.File, prop.Line, prop.Key, $"unknown key '{prop.Key}'; {Suggestions.Hint(prop.Key, known.Concat(ExperimentBlocks.Keys))}"));
            }
        }
        CheckReferences(root, bound, problems);
        return bound;
    }

    internal static Dictionary<string, object?> ReadObject(Node node, IReadOnlyList<FieldSpec> fields, string path, List<ScenarioProblem> problems, bool required)
    {
        var values = new Dictionary<string, object?>();
        if (node is not ObjectNode obj)
        {
            problems.Add(Problem(node.File, node.Line, path, "expected an object { ... }"));
            return values;
        }
        foreach (var prop in obj.Properties)
        {
            var field = fields.FirstOrDefault(f => f.Name == prop.Key);
            if (field is null)
            {
                problems.Add(Problem(prop.Value.File, prop.Line, $"{path}.{prop.Key}", $"unknown key '{prop.Key}'; {Suggestions.Hint(prop.Key, fields.Select(f => f.Name))}"));
                continue;
            }
            Read(field, prop, $"{path}.{prop.Key}", values, problems);
        }
        if (required)
        {
            // A field that is present but invalid has had its problem reported already: it is not also "missing".
            foreach (var f in fields.Where(f => f.Default is null && !f.Optional && obj.Find(f.Name) is null))
            {
                problems.Add(Problem(obj.File, obj.Line, path, $"missing required field '{f.Name}'"));
            }
        }
        return values;
    }

    internal static List<Dictionary<string, object?>> ReadList(Property prop, ListSpec list, List<ScenarioProblem> problems)
    {
        var elements = new List<Dictionary<string, object?>>();
        if (prop.Value is not ArrayNode array)
        {
            problems.Add(Problem(prop.Value.File, prop.Line, list.Name, "expected a list [ ... ]"));
            return elements;
        }
        for (var i = 0; i < array.Items.Count; i++)
        {
            var path = $"{list.Name}[{i}]";
            var values = ReadObject(array.Items[i], list.Fields, path, problems, required: true);
            // Defaults of a keyed element come from the list's default element with the same key, if any.
            var defaults = list.KeyField is not null && values.TryGetValue(list.KeyField, out var key)
                ? list.Defaults.FirstOrDefault(d => Equals(d[list.KeyField], key)) : null;
            if (defaults is not null)
            {
                foreach (var d in defaults) values.TryAdd(d.Key, d.Value);
            }
            elements.Add(values);
        }
        return elements;
    }

    private static void Read(FieldSpec field, Property prop, string path, Dictionary<string, object?> into, List<ScenarioProblem> problems)
    {
        var (value, error) = FieldReader.Read(field, prop.Value);
        if (error is not null) problems.Add(Problem(prop.Value.File, prop.Value.Line, path, error));
        else into[field.Name] = value;
    }

    /// <summary>Text fields that name an element of another list must name one that exists.</summary>
    private static void CheckReferences(ObjectNode root, BoundScenario bound, List<ScenarioProblem> problems)
    {
        foreach (var list in ScenarioSchema.Lists)
        {
            var elements = bound.Lists.TryGetValue(list.Name, out var given) ? given : [.. list.Defaults.Select(d => d.ToDictionary(kv => kv.Key, kv => (object?)kv.Value))];
            for (var i = 0; i < elements.Count; i++)
            {
                foreach (var field in list.Fields.Where(f => f.References is not null))
                {
                    if (elements[i].GetValueOrDefault(field.Name) is not string name) continue;
                    var target = ScenarioSchema.List(field.References!)!;
                    var names = (bound.Lists.TryGetValue(target.Name, out var t) ? t : [.. target.Defaults.Select(d => d.ToDictionary(kv => kv.Key, kv => (object?)kv.Value))])
                        .Select(e => e.GetValueOrDefault(target.KeyField!) as string).OfType<string>().ToList();
                    if (names.Contains(name)) continue;
                    var path = $"{list.Name}[{i}].{field.Name}";
                    var (file, line) = Locate(root, path);
                    problems.Add(new(file, line, path, $"'{name}' is not one of the {target.Name}: expected one of {string.Join(", ", names)}"));
                }
            }
        }
    }

    /// <summary>The file and line where <paramref name="path"/> (or its nearest written ancestor) was written.</summary>
    public static (string File, int Line) Locate(ObjectNode root, string path)
    {
        Node node = root;
        var line = root.Line;
        foreach (var segment in path.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (node)
            {
                case ObjectNode o when o.Find(segment) is { } p:
                    node = p.Value;
                    line = p.Value is ScalarNode ? p.Value.Line : p.Line;
                    continue;
                case ArrayNode a when int.TryParse(segment, out var i) && i < a.Items.Count:
                    node = a.Items[i];
                    line = node.Line;
                    continue;
            }
            break;
        }
        return (node.File, line);
    }

    private static ScenarioProblem Problem(string file, int line, string path, string message) => new(file, line, path, message);
}
