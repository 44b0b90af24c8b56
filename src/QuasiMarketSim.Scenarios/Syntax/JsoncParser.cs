using System.Text;
using System.Text.Json;

namespace QuasiMarketSim.Scenarios.Syntax;

/// <summary>
/// Parses JSON with comments and trailing commas into <see cref="Node"/>s that carry line numbers, so every
/// later problem can be reported as file:line. Duplicate keys are reported, not silently overwritten.
/// </summary>
internal static class JsoncParser
{
    public static Node? Parse(string text, string file, List<ScenarioProblem> problems)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++) if (bytes[i] == (byte)'\n') lineStarts.Add(i + 1);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!HasToken(bytes))
        {
            problems.Add(new(file, 1, "(syntax)", "the file is empty (only spaces or comments): expected a JSON object { ... }"));
            return null;
        }
        try
        {
            reader.Read();
            var root = ReadValue(ref reader, file, lineStarts, problems);
            if (reader.Read()) problems.Add(new(file, LineOf(lineStarts, reader.TokenStartIndex), "(syntax)", "unexpected text after the end of the scenario object"));
            return root;
        }
        catch (JsonException e)
        {
            problems.Add(new(file, (int)(e.LineNumber ?? 0) + 1, "(syntax)", CleanMessage(e.Message)));
            return null;
        }
    }

    private static Node ReadValue(ref Utf8JsonReader reader, string file, List<int> lineStarts, List<ScenarioProblem> problems)
    {
        var line = LineOf(lineStarts, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new ObjectNode(file, line, []);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    var keyLine = LineOf(lineStarts, reader.TokenStartIndex);
                    reader.Read();
                    var value = ReadValue(ref reader, file, lineStarts, problems);
                    if (obj.Find(key) is { } earlier)
                    {
                        problems.Add(new(file, keyLine, key, $"duplicate key '{key}' (first written on line {earlier.Line})"));
                        continue;
                    }
                    obj.Properties.Add(new Property(key, keyLine, value));
                }
                return obj;
            case JsonTokenType.StartArray:
                var array = new ArrayNode(file, line, []);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) array.Items.Add(ReadValue(ref reader, file, lineStarts, problems));
                return array;
            case JsonTokenType.String:
                return new ScalarNode(file, line, JsonValueKind.String, reader.GetString()!);
            case JsonTokenType.Number:
                return new ScalarNode(file, line, JsonValueKind.Number, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new ScalarNode(file, line, JsonValueKind.True, "true");
            case JsonTokenType.False:
                return new ScalarNode(file, line, JsonValueKind.False, "false");
            default:
                return new ScalarNode(file, line, JsonValueKind.Null, "null");
        }
    }

    /// <summary>True when the text holds anything but whitespace and comments.</summary>
    private static bool HasToken(byte[] bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
            else if (bytes[i] == '/' && i + 1 < bytes.Length && bytes[i + 1] == '/') while (i < bytes.Length && bytes[i] != '\n') i++;
            else if (bytes[i] == '/' && i + 1 < bytes.Length && bytes[i + 1] == '*')
            {
                var close = bytes.AsSpan(i + 2).IndexOf("*/"u8);
                if (close < 0) return true; // an unclosed comment is a syntax error, reported by the parse
                i += close + 4;
            }
            else return true;
        }
        return false;
    }

    private static int LineOf(List<int> lineStarts, long offset)
    {
        var i = lineStarts.BinarySearch((int)offset);
        return (i >= 0 ? i : ~i - 1) + 1;
    }

    private static string CleanMessage(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return "invalid JSON: " + (cut > 0 ? message[..cut] : message);
    }
}
