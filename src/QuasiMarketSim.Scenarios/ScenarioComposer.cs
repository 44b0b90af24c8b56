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
    /// <summary>File extensions a base scenario may have.</summary>
    private static readonly string[] ScenarioExtensions = [".jsonc", ".json"];

    /// <summary>
    /// Reads <paramref name="path"/> and what it extends. Bases must lie in the folder of <paramref name="path"/> (or
    /// below it) or in a shipped scenarios folder: a scenario file cannot make the program read other files.
    /// </summary>
    public static ObjectNode? Compose(string path, List<ScenarioProblem> problems)
    {
        var text = ScenarioFiles.Read(path, out var error);
        if (text is null)
        {
            problems.Add(new(path, 0, "(file)", error!));
            return null;
        }
        string real;
        try { real = ScenarioFiles.RealPath(path); }
        catch (IOException) { real = Path.GetFullPath(path); }
        var folder = Path.GetDirectoryName(real) ?? ".";
        return Resolve(JsoncParser.Parse(text, path, problems), path, folder, Roots(folder), problems, [real]);
    }

    public static ObjectNode? ComposeText(string text, string displayName, List<ScenarioProblem> problems)
    {
        var folder = ScenarioFiles.RealPath(Directory.GetCurrentDirectory());
        return Resolve(JsoncParser.Parse(text, displayName, problems), displayName, folder, Roots(folder), problems, []);
    }

    /// <summary>The folders bases may be read from: the scenario's own folder and the shipped scenario folders.</summary>
    private static List<string> Roots(string folder)
    {
        var roots = new List<string> { folder };
        foreach (var dir in ScenarioLocator.SearchDirectories().Where(Directory.Exists))
        {
            try { roots.Add(ScenarioFiles.RealPath(dir)); }
            catch (IOException) { }
        }
        return roots;
    }

    private static ObjectNode? Resolve(Node? root, string displayName, string directory, List<string> roots, List<ScenarioProblem> problems, List<string> chain)
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
        void Refuse(string message) => problems.Add(new(displayName, extends.Line, "extends", message));
        var name = baseName.Text;
        if (name.Length == 0 || Path.IsPathRooted(name) || name.Contains('\\', StringComparison.Ordinal))
        {
            Refuse($"expected a path relative to this file, such as \"baseline.jsonc\"; got '{Shorten(name)}'");
            return obj;
        }
        if (!ScenarioExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            Refuse($"'{Shorten(name)}' is not a scenario file: expected a name ending in .jsonc or .json");
            return obj;
        }
        var basePath = Path.Combine(directory, name);
        // A bare name not beside this file may be a shipped scenario ("extends": "baseline.jsonc" from a user's folder).
        if (!File.Exists(basePath) && Path.GetFileName(name) == name)
        {
            basePath = ScenarioLocator.SearchDirectories().Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists) ?? basePath;
        }
        string real;
        try { real = ScenarioFiles.RealPath(basePath); }
        catch (IOException)
        {
            Refuse($"base scenario '{Shorten(name)}' is a loop of symbolic links");
            return obj;
        }
        if (!roots.Any(r => ScenarioFiles.IsWithin(real, r)))
        {
            Refuse($"base scenario '{Shorten(name)}' lies outside this scenario's folder ({roots[0]}) and the shipped scenarios: extends may only name scenario files there");
            return obj;
        }
        if (chain.Contains(real))
        {
            Refuse($"scenarios extend each other in a cycle: {string.Join(" -> ", chain.Select(Path.GetFileName))} -> {name}");
            return obj;
        }
        var text = ScenarioFiles.Read(real, out var error);
        if (text is null)
        {
            Refuse($"base scenario '{Shorten(name)}' {error}");
            return obj;
        }
        var displayBase = basePath.StartsWith(directory, StringComparison.Ordinal)
            ? Path.Combine(Path.GetDirectoryName(displayName) ?? "", name)
            : basePath;
        var parent = Resolve(JsoncParser.Parse(text, displayBase, problems), displayBase, Path.GetDirectoryName(real) ?? ".", roots, problems, [.. chain, real]);
        return parent is null ? obj : (ObjectNode)Merge(parent, obj, null);
    }

    /// <summary>A user-given name, cut short so a long value cannot flood the message.</summary>
    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

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
