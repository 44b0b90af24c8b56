using System.Globalization;
using System.Text.Json;
using QuasiMarketSim.Model.Specs;
using QuasiMarketSim.Scenarios.Syntax;

namespace QuasiMarketSim.Scenarios;

/// <summary>Checks one value against its <see cref="FieldSpec"/> and converts it (double, long, bool, string, or null).</summary>
internal static class FieldReader
{
    /// <summary>The typed value, or a problem (returned as the message) when it does not fit the field.</summary>
    public static (object? Value, string? Error) Read(FieldSpec f, Node node)
    {
        if (node is ScalarNode { Kind: JsonValueKind.Null })
        {
            return f.Optional ? (null, null) : (null, $"expected {Expected(f)}, got null");
        }
        if (f.Kind == ValueKind.ChoiceSet) return ReadChoiceSet(f, node);
        if (f.Kind is ValueKind.NumberList or ValueKind.TextList) return ReadList(f, node);
        if (node is not ScalarNode s) return (null, $"expected {Expected(f)}, got {(node is ObjectNode ? "an object" : "a list")}");
        switch (f.Kind)
        {
            case ValueKind.Number:
                if (s.Kind != JsonValueKind.Number) return (null, $"expected {Expected(f)}, got {s.Describe()}");
                var d = double.Parse(s.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
                return InRange(f, d) ? (d, null) : (null, OutOfRange(f, s.Text));
            case ValueKind.Integer:
                if (s.Kind != JsonValueKind.Number) return (null, $"expected {Expected(f)}, got {s.Describe()}");
                var whole = double.Parse(s.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (whole != Math.Floor(whole) || Math.Abs(whole) > 9e18) return (null, $"expected {Expected(f)}, got {s.Text}");
                var l = long.TryParse(s.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var exact) ? exact : (long)whole;
                return InRange(f, l) ? (l, null) : (null, OutOfRange(f, s.Text));
            case ValueKind.Boolean:
                return s.Kind is JsonValueKind.True or JsonValueKind.False ? (s.Kind == JsonValueKind.True, null) : (null, $"expected true or false, got {s.Describe()}");
            case ValueKind.Choice:
                if (s.Kind != JsonValueKind.String) return (null, $"expected {Expected(f)}, got {s.Describe()}");
                return f.Choices.Contains(s.Text) ? (s.Text, null)
                    : (null, $"expected one of {string.Join(", ", f.Choices)}; got '{s.Text}'" + Hint(s.Text, f.Choices));
            default:
                if (s.Kind != JsonValueKind.String) return (null, $"expected text, got {s.Describe()}");
                if (f.Pattern is { } pattern && !MatchesWhole(s.Text, pattern))
                    return (null, $"expected {f.PatternWords}; got '{(s.Text.Length <= 80 ? s.Text : s.Text[..77] + "...")}'");
                return (s.Text, null);
        }
    }

    private static (object? Value, string? Error) ReadList(FieldSpec f, Node node)
    {
        var numbers = f.Kind == ValueKind.NumberList;
        if (node is not ArrayNode list) return (null, $"expected {Expected(f)}, got {(node is ScalarNode s ? s.Describe() : "an object")}");
        if (list.Items.Count == 0) return (null, $"expected {Expected(f)}, got an empty list");
        var items = new List<object>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var want = numbers ? JsonValueKind.Number : JsonValueKind.String;
            if (list.Items[i] is not ScalarNode item || item.Kind != want) return (null, $"item {i}: expected {(numbers ? "a number" : "text")}");
            if (!numbers) items.Add(item.Text);
            else if (double.Parse(item.Text, NumberStyles.Float, CultureInfo.InvariantCulture) is var d && InRange(f, d)) items.Add(d);
            else return (null, $"item {i}: {OutOfRange(f, item.Text)}");
        }
        return numbers ? (items.Cast<double>().ToArray(), null) : (items.Cast<string>().ToArray(), null);
    }

    private static (object? Value, string? Error) ReadChoiceSet(FieldSpec f, Node node)
    {
        if (node is not ArrayNode list) return (null, $"expected a list of {string.Join(", ", f.Choices)}, got {(node is ScalarNode s ? s.Describe() : "an object")}");
        var names = new List<string>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is not ScalarNode { Kind: JsonValueKind.String } item) return (null, $"item {i}: expected one of {string.Join(", ", f.Choices)}");
            if (!f.Choices.Contains(item.Text)) return (null, $"item {i}: expected one of {string.Join(", ", f.Choices)}; got '{item.Text}'" + Hint(item.Text, f.Choices));
            if (names.Contains(item.Text)) return (null, $"item {i}: '{item.Text}' is listed twice");
            names.Add(item.Text);
        }
        return (names.ToArray(), null);
    }

    /// <summary>True when the pattern matches all of the text ($ alone would also accept a trailing newline).</summary>
    private static bool MatchesWhole(string text, string pattern) =>
        System.Text.RegularExpressions.Regex.Match(text, pattern) is { Success: true } m && m.Length == text.Length;

    private static string Hint(string given, IReadOnlyList<string> choices)
    {
        var hint = Suggestions.Hint(given, choices);
        return hint.StartsWith("did you mean", StringComparison.Ordinal) ? " (" + hint + ")" : "";
    }

    private static bool InRange(FieldSpec f, double v) => v >= f.Min && v <= f.Max;

    private static string OutOfRange(FieldSpec f, string text) =>
        $"value {text} is out of range: expected {Range(f)}" + (f.Unit is "-" or "" ? "" : $" ({f.Unit})");

    /// <summary>The valid range in words.</summary>
    public static string Range(FieldSpec f) => f.Max >= long.MaxValue / 2
        ? $"at least {f.Min.ToString(CultureInfo.InvariantCulture)}"
        : $"{f.Min.ToString(CultureInfo.InvariantCulture)} to {f.Max.ToString(CultureInfo.InvariantCulture)}";

    private static string Expected(FieldSpec f) => f.Kind switch
    {
        ValueKind.Number => "a number",
        ValueKind.Integer => "a whole number",
        ValueKind.Boolean => "true or false",
        ValueKind.Choice => "one of " + string.Join(", ", f.Choices),
        ValueKind.ChoiceSet => "a list of " + string.Join(", ", f.Choices),
        ValueKind.NumberList => "a list of numbers",
        ValueKind.TextList => "a list of text items",
        _ => "text",
    };
}
