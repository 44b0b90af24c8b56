using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuasiMarketSim.Explorer;

/// <summary>How the explorer writes JSON: camelCase for the page, and NaN or infinity written by name rather than refused.</summary>
public static class ExplorerJson
{
    /// <summary>The options every response uses.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary><paramref name="value"/> as JSON text.</summary>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);
}
