using System.Text.Json;

namespace QuasiMarketSim.Scenarios.Syntax;

/// <summary>A node of a parsed scenario, remembering the file and line it was written on.</summary>
internal abstract record Node(string File, int Line)
{
    /// <summary>A deep copy, so overrides applied to it leave this tree as it was.</summary>
    public Node DeepCopy() => this switch
    {
        ObjectNode o => new ObjectNode(o.File, o.Line, [.. o.Properties.Select(p => p with { Value = p.Value.DeepCopy() })]),
        ArrayNode a => new ArrayNode(a.File, a.Line, [.. a.Items.Select(i => i.DeepCopy())]),
        _ => this,
    };
}

/// <summary>An object: properties in file order, each with the line of its key.</summary>
internal sealed record ObjectNode(string File, int Line, List<Property> Properties) : Node(File, Line)
{
    public Property? Find(string key) => Properties.FirstOrDefault(p => p.Key == key);

    public void Set(Property property)
    {
        var i = Properties.FindIndex(p => p.Key == property.Key);
        if (i >= 0) Properties[i] = property;
        else Properties.Add(property);
    }
}

/// <summary>A property of an object.</summary>
internal sealed record Property(string Key, int Line, Node Value);

/// <summary>An array.</summary>
internal sealed record ArrayNode(string File, int Line, List<Node> Items) : Node(File, Line);

/// <summary>A string, number, boolean or null, with its JSON kind and raw text.</summary>
internal sealed record ScalarNode(string File, int Line, JsonValueKind Kind, string Text) : Node(File, Line)
{
    /// <summary>How the value reads in a message.</summary>
    public string Describe() => Kind switch
    {
        JsonValueKind.String => $"a string (\"{Text}\")",
        JsonValueKind.Number => $"a number ({Text})",
        JsonValueKind.True or JsonValueKind.False => $"a boolean ({Text})",
        _ => "null",
    };
}
