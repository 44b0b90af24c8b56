using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Explorer;

/// <summary>The explorer's HTTP endpoints: the page, the scenarios and their controls, and the worlds of the open tabs.</summary>
public static class ExplorerApi
{
    /// <summary>Maps every endpoint onto <paramref name="app"/>.</summary>
    public static void Map(IEndpointRouteBuilder app, WorldStore store, ExplorerOptions options)
    {
        app.MapGet("/", () => EmbeddedAssets.Serve("index.html"));
        app.MapGet("/assets/{*name}", (string name) => EmbeddedAssets.Serve(name));
        app.MapGet("/api/scenarios", () => TypedResults.Json(new { initial = options.Scenario, scenarios = ShippedScenarios.List() }, ExplorerJson.Options));
        app.MapGet("/api/scenarios/{name}/parameters", (string name) => Guarded(() =>
        {
            var scenario = ScenarioLoader.Load(ShippedScenarios.PathOf(name), []);
            return TypedResults.Json(new { scenario = name, seed = scenario.Input.Seed, controls = ParameterControls.For(scenario.ResolvedJson) }, ExplorerJson.Options);
        }));
        app.MapPost("/api/validate", async (HttpRequest request) => await GuardedAsync(async () =>
        {
            var asked = RequestReader.Read(await ReadBody(request).ConfigureAwait(false), options.Scenario);
            var overrides = new Runners.RunRequest(asked.Scenario, [.. asked.Overrides, .. asked.TwinOverrides ?? []], asked.Seed).AllOverrides();
            var problems = ScenarioLoader.Validate(ShippedScenarios.PathOf(asked.Scenario), overrides);
            return problems.Count == 0 ? TypedResults.Json(new { ok = true }, ExplorerJson.Options) : ApiError.From(new ScenarioLoadException(problems))!;
        }).ConfigureAwait(false));
        app.MapPost("/api/worlds", async (HttpRequest request) => await GuardedAsync(async () =>
        {
            var world = store.Create(RequestReader.Read(await ReadBody(request).ConfigureAwait(false), options.Scenario));
            return TypedResults.Json(WorldSummary.Of(world, options), ExplorerJson.Options);
        }).ConfigureAwait(false));
        app.MapDelete("/api/worlds/{id}", (string id) =>
        {
            store.Remove(id);
            return TypedResults.NoContent();
        });
        app.MapPost("/api/worlds/{id}/step", async (string id, int? months, CancellationToken ct) => await WithWorld(store, id, async world =>
        {
            await world.Gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                var rows = world.Step(Math.Clamp(months ?? 1, 1, world.Horizon));
                return TypedResults.Json(new { month = world.Month, finished = world.Finished, rows }, ExplorerJson.Options);
            }
            finally
            {
                world.Gate.Release();
            }
        }).ConfigureAwait(false));
        app.MapPost("/api/worlds/{id}/lever", async (string id, HttpRequest http, CancellationToken ct) => await WithWorld(store, id, async world =>
        {
            var asked = RequestReader.Read(await ReadBody(http).ConfigureAwait(false), world.Request.Scenario);
            await world.Gate.WaitAsync(ct).ConfigureAwait(false);
            ExplorerWorld rebuilt;
            try
            {
                rebuilt = world.WithLever(asked.Overrides, options);
            }
            finally
            {
                world.Gate.Release();
            }
            store.Replace(rebuilt);
            return TypedResults.Json(WorldSummary.Of(rebuilt, options), ExplorerJson.Options);
        }).ConfigureAwait(false));
        app.MapGet("/api/worlds/{id}/stream", (string id, int? speed, HttpContext http, IHostApplicationLifetime life) => store.Find(id) is { } world
            ? TypedResults.ServerSentEvents(Stream(world, speed ?? MonthFeed.MaxSpeed, http.RequestAborted, life.ApplicationStopping))
            : UnknownWorld(id));
        app.MapGet("/api/worlds/{id}/network", async (string id, CancellationToken ct) => await WithWorld(store, id, async world =>
        {
            await world.Gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                return TypedResults.Json(new { month = world.Month, network = world.Network(), twin = world.TwinNetwork() }, ExplorerJson.Options);
            }
            finally
            {
                world.Gate.Release();
            }
        }).ConfigureAwait(false));
        app.MapGet("/api/worlds/{id}/scenario", (string id, string? world) => store.Find(id) is not { } found ? UnknownWorld(id)
            : world == "second" && found.TwinScenario is null ? ApiError.Problem(StatusCodes.Status400BadRequest, ["error: this world has no second world (turn on Side by side)"])
            : TypedResults.File(System.Text.Encoding.UTF8.GetBytes(SavedScenario.Text(found, world == "second")), "application/jsonc; charset=utf-8",
                SavedScenario.FileName(found, world == "second")));
        app.MapGet("/api/worlds/{id}/replications", (string id, int? count, string? metrics, HttpContext http, IHostApplicationLifetime life) =>
        {
            if (store.Find(id) is not { } world) return UnknownWorld(id);
            var n = count ?? 20;
            if (n < 2 || n > options.MaxReplications) return ApiError.Problem(StatusCodes.Status400BadRequest, [$"error: count must be 2 to {options.MaxReplications}"]);
            var names = (metrics ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = names.Where(m => world.Metrics.All(i => i.Name != m)).ToList();
            if (unknown.Count > 0) return ApiError.Problem(StatusCodes.Status400BadRequest, [$"error: unknown metric(s) {string.Join(", ", unknown)}"]);
            var token = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, life.ApplicationStopping).Token;
            return TypedResults.ServerSentEvents(Replications(world, n, names, token));
        });
    }

    private static async IAsyncEnumerable<SseItem<string>> Stream(ExplorerWorld world, int speed, CancellationToken aborted, [EnumeratorCancellation] CancellationToken stopping)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping);
        await foreach (var row in MonthFeed.Months(world, speed, both.Token).ConfigureAwait(false)) yield return new SseItem<string>(row, "month");
        if (!both.IsCancellationRequested) yield return new SseItem<string>("{}", "end");
    }

    private static async IAsyncEnumerable<SseItem<string>> Replications(ExplorerWorld world, int count, string[] metrics, [EnumeratorCancellation] CancellationToken token)
    {
        await foreach (var (name, json) in ReplicationBands.Run(world, count, metrics, token).ConfigureAwait(false)) yield return new SseItem<string>(json, name);
    }

    private static async Task<string> ReadBody(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var buffer = new char[RequestReader.MaxBodyBytes + 1];
        var read = await reader.ReadBlockAsync(buffer).ConfigureAwait(false);
        return new string(buffer, 0, read);
    }

    private static IResult UnknownWorld(string id) =>
        ApiError.Problem(StatusCodes.Status404NotFound, [$"error: no world '{id}': it was never made, or was freed after being idle; press Setup"]);

    private static async Task<IResult> WithWorld(WorldStore store, string id, Func<ExplorerWorld, Task<IResult>> body)
    {
        if (store.Find(id) is not { } world) return UnknownWorld(id);
        try
        {
            return await body(world).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return UnknownWorld(id);
        }
        catch (Exception e) when (ApiError.From(e) is not null)
        {
            return ApiError.From(e)!;
        }
    }

    private static IResult Guarded(Func<IResult> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (ApiError.From(e) is not null)
        {
            return ApiError.From(e)!;
        }
    }

    private static async Task<IResult> GuardedAsync(Func<Task<IResult>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception e) when (ApiError.From(e) is not null)
        {
            return ApiError.From(e)!;
        }
    }
}
