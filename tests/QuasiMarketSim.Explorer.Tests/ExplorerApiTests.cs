using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using QuasiMarketSim.Model.Specs;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Explorer.Tests;

public sealed class ExplorerApiTests : IAsyncLifetime
{
    private InMemoryExplorer _explorer = null!;

    public async Task InitializeAsync() => _explorer = await InMemoryExplorer.StartAsync();

    public async Task DisposeAsync() => await _explorer.DisposeAsync();

    private HttpClient Client => _explorer.Client;

    [Fact]
    public async Task The_chooser_lists_every_shipped_scenario_with_its_one_line_description()
    {
        var json = await Client.GetFromJsonAsync<JsonElement>("/api/scenarios");
        var listed = json.GetProperty("scenarios").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("description").GetString()!);
        Assert.Equal(ScenarioLocator.ShippedNames(), listed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ScenarioLoader.Load(RepoPaths.Scenario("transactional"), []).Input.Description, listed["transactional"]);
        Assert.Equal("baseline", json.GetProperty("initial").GetString());
    }

    [Fact]
    public async Task Controls_are_the_declared_parameters_with_the_mix_and_the_six_media_first()
    {
        var json = await Client.GetFromJsonAsync<JsonElement>("/api/scenarios/transactional/parameters");
        var controls = json.GetProperty("controls").EnumerateArray().ToList();
        var declared = ScenarioSchema.AllParameters.Where(f => f.Kind is ValueKind.Number or ValueKind.Integer or ValueKind.Boolean or ValueKind.Choice).ToList();
        Assert.Equal(declared.Select(f => f.Path).Order(StringComparer.Ordinal), controls.Select(c => c.GetProperty("path").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(ParameterControls.Headlines, controls.Take(7).Select(c => c.GetProperty("path").GetString()!));
        var mix = controls[0];
        var spec = declared.Single(f => f.Path == "commissioning.relational_mix");
        Assert.Equal(spec.Meaning, mix.GetProperty("meaning").GetString());
        Assert.Equal(spec.Unit, mix.GetProperty("unit").GetString());
        Assert.Equal(0.2, mix.GetProperty("value").GetDouble());
        var stance = controls.Single(c => c.GetProperty("path").GetString() == "commissioning.stance");
        Assert.Equal("choice", stance.GetProperty("kind").GetString());
        Assert.Equal("agency", stance.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Step_advances_the_world_a_month_at_a_time()
    {
        var world = await _explorer.CreateWorld(new { scenario = "baseline" });
        Assert.Equal(0, world.GetProperty("month").GetInt32());
        Assert.Equal(120, world.GetProperty("horizon").GetInt32());
        var id = world.GetProperty("id").GetString();
        var first = await (await Client.PostAsync($"/api/worlds/{id}/step?months=1", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, first.GetProperty("month").GetInt32());
        Assert.Equal(0, first.GetProperty("rows")[0].GetProperty("month").GetInt32());
        var more = await (await Client.PostAsync($"/api/worlds/{id}/step?months=5", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(6, more.GetProperty("month").GetInt32());
        Assert.Equal([1, 2, 3, 4, 5], more.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("month").GetInt32()));
    }

    [Fact]
    public async Task The_stream_runs_to_the_horizon_and_the_saved_scenario_reproduces_it_byte_for_byte_through_quasim_run()
    {
        using var temp = new TempFolder();
        var world = await _explorer.CreateWorld(new { scenario = "baseline", seed = 7, set = new[] { "commissioning.relational_mix=0.4" } });
        var id = world.GetProperty("id").GetString();
        var events = await _explorer.ReadEvents($"/api/worlds/{id}/stream");
        Assert.Equal("end", events[^1].Event);
        var rows = events.Where(e => e.Event == "month").Select(e => MonthRows.Values(JsonDocument.Parse(e.Data).RootElement)).ToList();
        Assert.Equal(120, rows.Count);

        var saved = await Client.GetAsync($"/api/worlds/{id}/scenario");
        Assert.Equal("attachment", saved.Content.Headers.ContentDisposition?.DispositionType);
        var text = await saved.Content.ReadAsStringAsync();
        Assert.Contains("\"seed\": 7", text, StringComparison.Ordinal);
        var columns = world.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("name").GetString()!).ToList();
        Assert.Equal(MonthRows.RunSaved(text, temp.Path), MonthRows.TicksCsv(columns, rows, temp.Path));
    }

    [Fact]
    public async Task A_lever_moved_mid_run_changes_only_the_months_after_it_and_the_saved_scenario_replays_it()
    {
        using var temp = new TempFolder();
        var world = await _explorer.CreateWorld(new { scenario = "baseline" });
        var id = world.GetProperty("id").GetString();
        var plain = await (await Client.PostAsync($"/api/worlds/{id}/step?months=120", null)).Content.ReadFromJsonAsync<JsonElement>();
        var plainRows = plain.GetProperty("rows").EnumerateArray().Select(r => MonthRows.Values(r)).ToList();

        var changed = (await _explorer.CreateWorld(new { scenario = "baseline" })).GetProperty("id").GetString();
        var before = await (await Client.PostAsync($"/api/worlds/{changed}/step?months=36", null)).Content.ReadFromJsonAsync<JsonElement>();
        var lever = await Client.PostAsJsonAsync($"/api/worlds/{changed}/lever", new { set = new[] { "commissioning.relational_mix=0.1", "commissioning.stance=agency" } });
        var summary = await lever.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(lever.IsSuccessStatusCode, summary.ToString());
        Assert.Equal(36, summary.GetProperty("month").GetInt32());
        Assert.Contains(summary.GetProperty("events").EnumerateArray(), e => e.GetProperty("month").GetInt32() == 36 && e.GetProperty("type").GetString() == "repertoire_change");
        var after = await (await Client.PostAsync($"/api/worlds/{changed}/step?months=120", null)).Content.ReadFromJsonAsync<JsonElement>();
        var rows = before.GetProperty("rows").EnumerateArray().Concat(after.GetProperty("rows").EnumerateArray()).Select(r => MonthRows.Values(r)).ToList();

        Assert.Equal(120, rows.Count);
        Assert.Equal(plainRows.Take(36), rows.Take(36));
        Assert.NotEqual(plainRows.Skip(36), rows.Skip(36));
        var columns = world.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("name").GetString()!).ToList();
        var text = await Client.GetStringAsync($"/api/worlds/{changed}/scenario");
        Assert.Contains("repertoire_change", text, StringComparison.Ordinal);
        Assert.Equal(MonthRows.RunSaved(text, temp.Path), MonthRows.TicksCsv(columns, rows, temp.Path));
    }

    [Fact]
    public async Task Side_by_side_worlds_share_the_seed_and_differ_only_where_the_levers_differ()
    {
        var same = (await _explorer.CreateWorld(new { scenario = "baseline", twin = Array.Empty<string>() })).GetProperty("id").GetString();
        var sameRows = (await (await Client.PostAsync($"/api/worlds/{same}/step?months=24", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows");
        Assert.All(sameRows.EnumerateArray(), r => Assert.Equal(MonthRows.Values(r), MonthRows.Values(r, "twin")));

        var differ = (await _explorer.CreateWorld(new { scenario = "baseline", twin = new[] { "commissioning.relational_mix=0.1" } })).GetProperty("id").GetString();
        var rows = (await (await Client.PostAsync($"/api/worlds/{differ}/step?months=24", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows");
        Assert.Contains(rows.EnumerateArray(), r => !MonthRows.Values(r).SequenceEqual(MonthRows.Values(r, "twin")));
        var second = await Client.GetStringAsync($"/api/worlds/{differ}/scenario?world=second");
        Assert.Contains("\"relational_mix\": 0.1", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_network_shows_every_commissioner_provider_and_contract_with_trust_on_both_sides()
    {
        var id = (await _explorer.CreateWorld(new { scenario = "baseline" })).GetProperty("id").GetString();
        await Client.PostAsync($"/api/worlds/{id}/step?months=3", null);
        var json = await Client.GetFromJsonAsync<JsonElement>($"/api/worlds/{id}/network");
        var network = json.GetProperty("network");
        Assert.Equal(3, json.GetProperty("month").GetInt32());
        Assert.Equal(3, network.GetProperty("commissioners").GetArrayLength());
        Assert.NotEmpty(network.GetProperty("providers").EnumerateArray());
        var contract = network.GetProperty("contracts")[0];
        Assert.InRange(contract.GetProperty("trustCommissioner").GetDouble(), 0, 1);
        Assert.InRange(contract.GetProperty("trustProvider").GetDouble(), 0, 1);
        Assert.Contains(contract.GetProperty("form").GetString(), new[] { "block", "activity", "outcome", "alliance" });
    }

    [Fact]
    public async Task Replications_report_progress_then_bands_for_each_month()
    {
        var id = (await _explorer.CreateWorld(new { scenario = "baseline", set = new[] { "ticks=12" } })).GetProperty("id").GetString();
        var events = await _explorer.ReadEvents($"/api/worlds/{id}/replications?count=3&metrics=trust_mean,quality_true_mean");
        Assert.Equal(["progress", "progress", "progress", "bands"], events.Select(e => e.Event));
        var bands = JsonDocument.Parse(events[^1].Data).RootElement;
        Assert.Equal(3, bands.GetProperty("count").GetInt32());
        var low = bands.GetProperty("low")[0].EnumerateArray().Select(v => v.GetDouble()).ToList();
        var high = bands.GetProperty("high")[0].EnumerateArray().Select(v => v.GetDouble()).ToList();
        Assert.Equal(12, low.Count);
        Assert.All(low.Zip(high), p => Assert.True(p.First <= p.Second));
        Assert.Contains(low.Zip(high), p => p.First < p.Second);
    }

    /// <summary>A bad request and the `--set` overrides the CLI would be given for it (null when it is not an override problem).</summary>
    public static TheoryData<string, int, string[]?> BadWorlds => new()
    {
        { """{"scenario":"baseline","set":["commissioning.no_such_lever=1"]}""", 400, ["commissioning.no_such_lever=1"] },
        { """{"scenario":"baseline","set":["commissioning.relational_mix=1.5"]}""", 400, ["commissioning.relational_mix=1.5"] },
        { """{"scenario":"baseline","set":["commissioning.stance=bossy"]}""", 400, ["commissioning.stance=bossy"] },
        { """{"scenario":"baseline","set":["trust.gain_rate"]}""", 400, ["trust.gain_rate"] },
        { """{"scenario":"baseline","set":["commissioning.relational_mix=0.2"]""", 400, null },
        { """not json at all""", 400, null },
        { """["baseline"]""", 400, null },
        { """{"scenario":3}""", 400, null },
        { """{"scenario":"baseline","seed":-1}""", 400, null },
        { """{"scenario":"baseline","set":"commissioning.relational_mix=0.2"}""", 400, null },
        { """{"scenario":"baseline","colour":"red"}""", 400, null },
        { """{"scenario":"no-such-scenario"}""", 404, null },
        { """{"scenario":"../scenarios/baseline"}""", 404, null },
        { """{"scenario":"/etc/passwd"}""", 404, null },
        { """{"scenario":"..\\x"}""", 404, null },
        { """{"scenario":"baseline.jsonc"}""", 404, null },
        { """{"scenario":"national-scale"}""", 400, null },
    };

    [Theory]
    [MemberData(nameof(BadWorlds))]
    public async Task A_bad_request_gets_a_4xx_with_the_CLI_message_and_no_stack_trace(string body, int status, string[]? overrides)
    {
        var response = await Client.PostAsync("/api/worlds", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, (int)response.StatusCode);
        Assert.DoesNotContain(" at QuasiMarketSim", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        var error = JsonDocument.Parse(text).RootElement.GetProperty("error").GetString()!;
        if (overrides is not null)
        {
            var cli = ScenarioLoader.Validate(RepoPaths.Scenario("baseline"), overrides);
            Assert.NotEmpty(cli);
            Assert.Equal(string.Join('\n', cli.Select(p => p.ToString())) + $"\n{cli.Count} problem(s); nothing was run.", error);
        }
        if (status == 404) Assert.StartsWith("error: scenario '", error, StringComparison.Ordinal);
        Assert.Equal(0, _explorer.Store.Count);
    }

    [Theory]
    [InlineData("/api/scenarios/..%2Fx/parameters", 404)]
    [InlineData("/api/scenarios/passwd/parameters", 404)]
    [InlineData("/api/worlds/nope/network", 404)]
    [InlineData("/api/worlds/nope/scenario", 404)]
    [InlineData("/assets/..%2F..%2FQuasiMarketSim.sln", 404)]
    [InlineData("/assets/explorer.cs", 404)]
    public async Task Unknown_names_and_paths_get_404_and_no_file_is_read(string url, int status)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("{\"error\":\"error: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lever_no_event_can_move_is_refused_mid_run_with_a_message()
    {
        var id = (await _explorer.CreateWorld(new { scenario = "baseline" })).GetProperty("id").GetString();
        await Client.PostAsync($"/api/worlds/{id}/step?months=2", null);
        var response = await Client.PostAsJsonAsync($"/api/worlds/{id}/lever", new { set = new[] { "trust.gain_rate=0.2" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("only commissioning.relational_mix and commissioning.stance can change mid-run",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        var bad = await Client.PostAsJsonAsync($"/api/worlds/{id}/lever", new { set = new[] { "commissioning.relational_mix=7" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("out of range", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moved_control_is_validated_with_the_CLI_rules()
    {
        var ok = await Client.PostAsJsonAsync("/api/validate", new { scenario = "baseline", set = new[] { "commissioning.relational_mix=0.3" } });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var bad = await Client.PostAsJsonAsync("/api/validate", new { scenario = "baseline", set = new[] { "commissioning.capacity_per_cycle=-1" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var cli = ScenarioLoader.Validate(RepoPaths.Scenario("baseline"), ["commissioning.capacity_per_cycle=-1"]);
        Assert.Equal(cli[0].ToString(), (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems")[0].GetString());
    }

    [Fact]
    public async Task The_page_and_its_chart_library_ship_with_the_program_and_load_nothing_from_the_internet()
    {
        var page = await Client.GetStringAsync("/");
        Assert.Contains("/assets/lib/uplot/uPlot.iife.min.js", page, StringComparison.Ordinal);
        foreach (var asset in EmbeddedAssets.Names.Where(n => n.EndsWith(".html", StringComparison.Ordinal) || n.EndsWith(".js", StringComparison.Ordinal)
            && !n.StartsWith("lib/", StringComparison.Ordinal)))
        {
            var text = await Client.GetStringAsync("/assets/" + asset);
            Assert.DoesNotMatch("(src|href)=\"https?://", text);
            Assert.DoesNotContain("fetch(\"http", text, StringComparison.Ordinal);
        }
        Assert.Contains("MIT", await Client.GetStringAsync("/assets/lib/uplot/LICENSE"), StringComparison.Ordinal);
        var uplot = await Client.GetAsync("/assets/lib/uplot/uPlot.iife.min.js");
        Assert.Equal("text/javascript", uplot.Content.Headers.ContentType?.MediaType);
        Assert.InRange((await uplot.Content.ReadAsByteArrayAsync()).Length, 30_000, 80_000);
    }
}
