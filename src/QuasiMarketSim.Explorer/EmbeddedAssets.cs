using Microsoft.AspNetCore.Http;

namespace QuasiMarketSim.Explorer;

/// <summary>
/// The page, its script and the pinned chart library, served from resources embedded in this assembly: nothing comes
/// from the internet, and nothing is read from the disk by a request.
/// </summary>
public static class EmbeddedAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".css"] = "text/css; charset=utf-8",
        [".png"] = "image/png", [".svg"] = "image/svg+xml", [""] = "text/plain; charset=utf-8",
    };

    /// <summary>The names of every embedded asset (relative to wwwroot).</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. typeof(EmbeddedAssets).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)).Select(n => n["wwwroot/".Length..])];

    /// <summary>The asset <paramref name="name"/> as a response, or 404 (the name is looked up, never used as a path).</summary>
    public static IResult Serve(string name)
    {
        if (!Names.Contains(name, StringComparer.Ordinal)) return ApiError.Problem(StatusCodes.Status404NotFound, [$"error: no such file '{name}'"]);
        var stream = typeof(EmbeddedAssets).Assembly.GetManifestResourceStream("wwwroot/" + name)!;
        return TypedResults.Stream(stream, ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream"));
    }
}
