using Microsoft.AspNetCore.Http;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Explorer;

/// <summary>What a refused request gets back: the message the CLI would print, one line per problem, never a stack trace.</summary>
/// <param name="Error">The whole message.</param>
/// <param name="Problems">Each problem on its own (file:line: path: message for scenario problems).</param>
public sealed record ApiError(string Error, IReadOnlyList<string> Problems)
{
    /// <summary>A 4xx result for <paramref name="e"/>, or null when it is not the user's input that was wrong (then it is a bug).</summary>
    public static IResult? From(Exception e) => e switch
    {
        ScenarioLoadException load => Problem(StatusCodes.Status400BadRequest,
            [.. load.Problems.Select(p => p.ToString()), $"{load.Problems.Count} problem(s); nothing was run."]),
        FileNotFoundException => Problem(StatusCodes.Status404NotFound, [$"error: {e.Message}"]),
        InputException or ArgumentException or InvalidDataException or System.Text.Json.JsonException => Problem(StatusCodes.Status400BadRequest, [$"error: {e.Message}"]),
        _ => null,
    };

    /// <summary>A result with <paramref name="status"/> and <paramref name="lines"/>.</summary>
    public static IResult Problem(int status, IReadOnlyList<string> lines) =>
        TypedResults.Json(new ApiError(string.Join('\n', lines), lines), ExplorerJson.Options, statusCode: status);
}
