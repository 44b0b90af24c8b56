using System.Globalization;
using System.Numerics;
using System.Text.Json;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Cluster.Config;

/// <summary>
/// Reads cluster.json. Every problem names the file and the field and says what was expected, so a typo fails
/// before any node starts instead of as a hang or a stack trace.
/// </summary>
public static class ClusterConfigReader
{
    private static readonly string[] Known = ["cluster_id", "membership", "state", "redis", "primary_port", "gateways", "probe_seconds", "lease_seconds", "state_folder"];

    /// <summary>Reads and checks <paramref name="path"/>; throws <see cref="InputException"/> naming the file and field.</summary>
    public static ClusterConfig Read(string path)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: no such cluster file (see README \"Running on a cluster\" for its fields)");
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}: not valid JSON ({e.Message})");
        }
        if (root.ValueKind != JsonValueKind.Object) throw new InputException($"{path}: expected a JSON object with \"membership\" (localhost or redis)");
        foreach (var p in root.EnumerateObject())
        {
            if (!Known.Contains(p.Name)) throw new InputException($"{path}: unknown field \"{p.Name}\" (known: {string.Join(", ", Known)})");
        }
        var membership = Enum<MembershipProvider>(path, root, "membership", MembershipProvider.Localhost);
        var state = Enum<StateProvider>(path, root, "state", membership == MembershipProvider.Redis ? StateProvider.Redis : StateProvider.Folder);
        // A relative state folder is beside the cluster file, so every silo started with the file finds the same one.
        var stateFolder = Path.GetFullPath(Text(path, root, "state_folder") ?? "cluster-state", Path.GetDirectoryName(Path.GetFullPath(path))!);
        var redis = Text(path, root, "redis");
        if ((membership == MembershipProvider.Redis || state == StateProvider.Redis) && string.IsNullOrWhiteSpace(redis))
            throw new InputException($"{path}: \"redis\": expected a Redis connection string such as \"10.0.0.5:6379\" (membership or state is redis)");
        var gateways = root.TryGetProperty("gateways", out var g) ? Ports(path, g) : [ClusterConfig.DefaultGatewayPort];
        return new ClusterConfig(Path.GetFullPath(path), Text(path, root, "cluster_id") ?? "quasim", membership, state, redis,
            Number(path, root, "primary_port", ClusterConfig.DefaultSiloPort, 1, 65535), gateways,
            Number(path, root, "probe_seconds", 10, 0.1, 600), Number(path, root, "lease_seconds", 60, 0.5, 86400), stateFolder);
    }

    private static T Enum<T>(string path, JsonElement root, string field, T fallback) where T : struct, Enum
    {
        var text = Text(path, root, field);
        if (text is null) return fallback;
        if (System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _)) return value;
        var known = string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        throw new InputException($"{path}: \"{field}\": unknown provider \"{text}\" (expected one of: {known})");
    }

    private static string? Text(string path, JsonElement root, string field)
    {
        if (!root.TryGetProperty(field, out var e) || e.ValueKind == JsonValueKind.Null) return null;
        if (e.ValueKind == JsonValueKind.String) return e.GetString();
        throw new InputException($"{path}: \"{field}\": expected a string; got {e.ValueKind.ToString().ToLowerInvariant()} {e.GetRawText()}");
    }

    private static T Number<T>(string path, JsonElement root, string field, T fallback, T min, T max) where T : struct, INumber<T>
    {
        if (!root.TryGetProperty(field, out var e)) return fallback;
        if (e.ValueKind == JsonValueKind.Number && T.TryParse(e.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{path}: \"{field}\": expected a number from {min} to {max}; got {e.GetRawText()}"));
    }

    private static int[] Ports(string path, JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array && e.GetArrayLength() > 0
            && e.EnumerateArray().All(x => x.ValueKind == JsonValueKind.Number && x.TryGetInt32(out var p) && p is > 0 and <= 65535))
            return [.. e.EnumerateArray().Select(x => x.GetInt32())];
        throw new InputException($"{path}: \"gateways\": expected a list of gateway ports such as [30000, 30001]; got {e.GetRawText()}");
    }
}
