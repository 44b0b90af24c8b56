using System.Net.Http.Json;
using System.Text.Json;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Explorer.Tests;

public sealed class ShippedScenariosTests
{
    public static TheoryData<string> Interactive => [.. ScenarioLocator.ShippedNames().Where(n => n != "national-scale")];

    [Theory]
    [MemberData(nameof(Interactive))]
    public async Task Every_shipped_scenario_of_classroom_size_opens_and_steps(string name)
    {
        await using var explorer = await InMemoryExplorer.StartAsync();
        var world = await explorer.CreateWorld(new { scenario = name });
        var id = world.GetProperty("id").GetString();
        var step = await (await explorer.Client.PostAsync($"/api/worlds/{id}/step?months=2", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, step.GetProperty("month").GetInt32());
        Assert.NotEmpty((await explorer.Client.GetFromJsonAsync<JsonElement>($"/api/worlds/{id}/network")).GetProperty("network").GetProperty("contracts").EnumerateArray());
    }

    [Theory]
    [InlineData("baseline")]
    [InlineData("three-commissioners")]
    public void A_name_is_resolved_inside_the_scenarios_folder_only(string name)
    {
        var path = ShippedScenarios.PathOf(name);
        Assert.Equal(name + ".jsonc", Path.GetFileName(path));
        Assert.Equal("scenarios", Path.GetFileName(Path.GetDirectoryName(path)));
    }

    [Theory]
    [InlineData("../baseline")]
    [InlineData("scenarios/baseline")]
    [InlineData("/etc/passwd")]
    [InlineData("baseline.jsonc")]
    [InlineData(".hidden")]
    [InlineData("")]
    public void Anything_but_a_shipped_name_is_refused_with_the_CLI_message(string name)
    {
        var e = Assert.Throws<FileNotFoundException>(() => ShippedScenarios.PathOf(name));
        Assert.StartsWith($"scenario '{name}' not found: not a file, and not a shipped scenario (baseline, ", e.Message, StringComparison.Ordinal);
    }
}
