using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace QuasiMarketSim.Explorer.Tests;

/// <summary>The explorer hosted in memory (ASP.NET Core's test server): the real endpoints, no socket.</summary>
internal sealed class InMemoryExplorer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InMemoryExplorer(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public WorldStore Store => (WorldStore)_app.Services.GetService(typeof(WorldStore))!;

    public static async Task<InMemoryExplorer> StartAsync(ExplorerOptions? options = null)
    {
        var app = ExplorerServer.Build(options ?? new ExplorerOptions(), b => b.WebHost.UseTestServer());
        await app.StartAsync();
        return new InMemoryExplorer(app, app.GetTestClient());
    }

    /// <summary>Creates a world from a JSON body; fails the test with the server's message when refused.</summary>
    public async Task<JsonElement> CreateWorld(object body)
    {
        var response = await Client.PostAsJsonAsync("/api/worlds", body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return json;
    }

    /// <summary>The events of a Server-Sent Events response, as (event name, data).</summary>
    public async Task<List<(string Event, string Data)>> ReadEvents(string url)
    {
        using var response = await Client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var events = new List<(string, string)>();
        string? name = null;
        var data = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Add(line["data: ".Length..]);
            else if (line.Length == 0 && data.Count > 0)
            {
                events.Add((name ?? "message", string.Join('\n', data)));
                name = null;
                data.Clear();
            }
        }
        return events;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
