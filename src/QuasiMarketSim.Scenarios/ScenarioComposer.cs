using QuasiMarketSim.Model.Specs;
using QuasiMarketSim.Scenarios.Syntax;

namespace QuasiMarketSim.Scenarios;

/// <summary>
/// Reads a scenario file and the chain of files it extends, and merges them: objects merge key by key (the
/// extending file wins), keyed lists (service_lines, staff_categories) merge element by element by name,
/// other lists (events) are replaced whole.
/// </summary>
internal static class ScenarioComposer
{
    public static ObjectNode? Compose(string path, List<ScenarioProblem> problems) => Compose(path, path, problems, []);

    public static ObjectNode? ComposeText(string text, string displayName, List<ScenarioProblem> problems) =>
        Resolve(JsoncParser.Parse(text, displayName, problems), displayName, Directory.GetCurrentDirectory(), problems, []);

    private static ObjectNode? Compose(string path, string displayName, List<ScenarioProblem> problems, List<string> chain)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new(displayName, 0, "(file)", e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : e.Message));
            return null;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Resolve(JsoncParser.Parse(text, displayName, problems), displayName, directory, problems, [.. chain, Path.GetFullPath(path)]);
    }

    private static ObjectNode? Resolve(Node? root, string displayName, string directory, List<ScenarioProblem> problems, List<string> chain)
    {
        if (root is null) return null;
        if (root is not ObjectNode obj)
        {
            problems.Add(new(displayName, root.Line, "(root)", "expected a JSON object { ... } at the top of the file"));
            return null;
        }
        if (obj.Find("extends") is not { } extends) return obj;
        obj.Properties.Remove(extends);
        if (extends.Value is not ScalarNode { Kind: System.Text.Json.JsonValueKind.String } baseName)
        {
            problems.Add(new(displayName, extends.Line, "extends", "expected the path of a base scenario (a string)"));
            return obj;
        }
        var basePath = Path.Combine(directory, baseName.Text);
        if (chain.Contains(Path.GetFullPath(basePath)))
        {
            problems.Add(new(displayName, extends.Line, "extends", $"scenarios extend each other in a cycle: {string.Join(" -> ", chain.Select(Path.GetFileName))} -> {baseName.Text}"));
            return obj;
        }
        var displayBase = Path.Combine(Path.GetDirectoryName(displayName) ?? "", baseName.Text);
        var parent = Compose(basePath, displayBase, problems, chain);
        if (parent is null)
        {
            if (!File.Exists(basePath)) problems.Add(new(displayName, extends.Line, "extends", $"base scenario '{baseName.Text}' could not be read"));
            return obj;
        }
        return (ObjectNode)Merge(parent, obj, null);
    }

    /// <summary>Merges <paramref name="child"/> over <paramref name="parent"/>; <paramref name="listKey"/> names the key field of a keyed list.</summary>
    public static Node Merge(Node parent, Node child, string? listKey)
    {
        switch (parent, child)
        {
            case (ObjectNode p, ObjectNode c):
                var merged = new ObjectNode(c.File, c.Line, [.. p.Properties]);
                foreach (var prop in c.Properties)
                {
                    var existing = merged.Find(prop.Key);
                    var key = ScenarioSchema.List(prop.Key)?.KeyField;
                    merged.Set(existing is null ? prop : prop with { Value = Merge(existing.Value, prop.Value, key) });
                }
                return merged;
            case (ArrayNode p, ArrayNode c) when listKey is not null:
                var items = new List<Node>(p.Items);
                foreach (var item in c.Items)
                {
                    var name = KeyOf(item, listKey);
                    var at = name is null ? -1 : items.FindIndex(i => KeyOf(i, listKey) == name);
                    if (at >= 0) items[at] = Merge(items[at], item, null);
                    else items.Add(item);
                }
                return new ArrayNode(c.File, c.Line, items);
            default:
                return child;
        }
    }

    /// <summary>The key of a keyed list element, or null.</summary>
    public static string? KeyOf(Node item, string keyField) =>
        item is ObjectNode o && o.Find(keyField)?.Value is ScalarNode { Kind: System.Text.Json.JsonValueKind.String } s ? s.Text : null;
}
