using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Scenarios.Tests;

/// <summary>The "areas" list: what it binds to, and the errors it gives, with file, line, field and what was expected.</summary>
public class AreasListTests
{
    private const string World = "\"world\": { \"commissioners\": 3 },\n";

    private static IReadOnlyList<ScenarioProblem> Problems(string text, params string[] overrides)
    {
        using var dir = new TempScenario();
        var path = dir.Write("s.jsonc", text);
        return [.. ScenarioLoader.Validate(path, overrides).Select(p => p with { File = Path.GetFileName(p.File) == "s.jsonc" ? "s.jsonc" : p.File })];
    }

    private static ScenarioProblem Single(string text, params string[] overrides) => Assert.Single(Problems(text, overrides));

    [Fact]
    public void An_areas_list_binds_each_element_and_leaves_out_what_it_does_not_set()
    {
        var input = ScenarioLoader.LoadText("{ " + World + """
              "areas": [ { "name": "somerset", "first": 0, "relational_mix": 0.9, "stance": "stewardship", "capacity_per_cycle": 6 },
                         { "name": "rest", "first": 1, "count": 2, "provider_competition": 0.7, "budget_headroom": 1.1 } ] }
            """, "s.jsonc", []).Input;
        var (first, rest) = (input.Areas[0], input.Areas[1]);
        Assert.Equal(new AreaOverride("somerset", 0, 1, 0.9, first.Weights, Stance.Stewardship, 6, null), first);
        Assert.All(first.Weights, w => Assert.Null(w));
        Assert.Equal((1, 2, (double?)null, (Stance?)null, 1.1), (rest.First, rest.Count, rest.RelationalMix, rest.Stance, rest.BudgetHeadroom));
        Assert.Equal(0.7, rest.Weights[(int)Model.World.Medium.ProviderCompetition]);
        Assert.Equal(["somerset", "rest", "rest"], Enumerable.Range(0, 3).Select(input.AreaName));
    }

    [Fact]
    public void Without_an_areas_list_the_resolved_scenario_has_none_so_earlier_hashes_hold()
    {
        var plain = ScenarioLoader.LoadText("{}", "s.jsonc", []);
        Assert.Empty(plain.Input.Areas);
        Assert.DoesNotContain("\"areas\"", plain.ResolvedJson, StringComparison.Ordinal);
        Assert.Equal("", plain.Input.AreaName(0));
        var set = ScenarioLoader.LoadText("{ \"areas\": [ { \"name\": \"a\", \"first\": 1 } ] }", "s.jsonc", []);
        Assert.Contains("\"areas\": [", set.ResolvedJson, StringComparison.Ordinal);
        Assert.NotEqual(plain.Hash, set.Hash);
    }

    [Fact]
    public void Unknown_key_in_an_element_names_its_line_and_the_closest_field()
    {
        var p = Single("{\n" + World + " \"areas\": [\n  { \"name\": \"a\", \"first\": 0,\n    \"relational_mx\": 0.2 } ] }");
        Assert.Equal(new ScenarioProblem("s.jsonc", 5, "areas[0].relational_mx", "unknown key 'relational_mx'; did you mean 'relational_mix'?"), p);
    }

    [Theory]
    [InlineData("\"first\": 0, \"relational_mix\": 1.5", "areas[0].relational_mix", "value 1.5 is out of range: expected 0 to 1 (0-1)")]
    [InlineData("\"first\": 0, \"budget_headroom\": 9", "areas[0].budget_headroom", "value 9 is out of range: expected 0.5 to 3 (x initial spend)")]
    [InlineData("\"first\": 0, \"capacity_per_cycle\": \"lots\"", "areas[0].capacity_per_cycle", "expected a number, got a string (\"lots\")")]
    [InlineData("\"first\": 0, \"stance\": \"agnecy\"", "areas[0].stance",
        "expected one of agency, stewardship, resource_dependency, stakeholder; got 'agnecy' (did you mean 'agency'?)")]
    [InlineData("\"first\": 0, \"count\": 0", "areas[0].count", "value 0 is out of range: expected 1 to 5000 (areas)")]
    [InlineData("\"first\": -1", "areas[0].first", "value -1 is out of range: expected 0 to 4999 (index)")]
    public void A_bad_value_says_what_was_expected(string field, string path, string message)
    {
        var p = Single("{\n" + World + " \"areas\": [\n  { \"name\": \"a\",\n    " + field + " } ] }");
        Assert.Equal(new ScenarioProblem("s.jsonc", 5, path, message), p);
    }

    [Fact]
    public void An_element_needs_a_name_and_a_first_area()
    {
        var problems = Problems("{\n \"areas\": [\n  { \"relational_mix\": 0.2 } ] }");
        Assert.Equal(
            [new("s.jsonc", 3, "areas[0]", "missing required field 'name'"), new ScenarioProblem("s.jsonc", 3, "areas[0]", "missing required field 'first'")],
            problems);
    }

    [Fact]
    public void A_name_must_be_a_plain_name()
    {
        var p = Single("{ \"areas\": [ { \"name\": \"../wirral\", \"first\": 0 } ] }");
        Assert.Equal("areas[0].name", p.Path);
        Assert.StartsWith("expected a name of letters, digits", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_area_beyond_the_world_is_refused_with_the_areas_there_are()
    {
        var p = Single("{\n" + World + " \"areas\": [\n  { \"name\": \"a\",\n    \"first\": 3 } ] }");
        Assert.Equal(new ScenarioProblem("s.jsonc", 5, "areas[0].first", "area 3 does not exist: expected 0 to 2 (world.commissioners = 3)"), p);
    }

    [Fact]
    public void Too_many_areas_are_refused_with_how_many_fit()
    {
        var p = Single("{\n" + World + " \"areas\": [\n  { \"name\": \"a\", \"first\": 1,\n    \"count\": 5 } ] }");
        Assert.Equal(new ScenarioProblem("s.jsonc", 5, "areas[0].count",
            "5 areas from area 1 is more than the world has: expected at most 2 (world.commissioners = 3)"), p);
    }

    [Fact]
    public void Shrinking_the_world_under_an_areas_list_points_at_the_element()
    {
        var p = Single("{\n" + World + " \"areas\": [ { \"name\": \"a\", \"first\": 2 } ] }", "world.commissioners=2");
        Assert.Equal(new ScenarioProblem("s.jsonc", 3, "areas[0].first", "area 2 does not exist: expected 0 to 1 (world.commissioners = 2)"), p);
    }

    [Fact]
    public void An_area_set_twice_is_refused_naming_the_first_element()
    {
        var p = Single("{\n" + World + " \"areas\": [ { \"name\": \"a\", \"first\": 0, \"count\": 2 },\n  { \"name\": \"b\", \"first\": 1 } ] }");
        Assert.Equal(new ScenarioProblem("s.jsonc", 4, "areas[1].first", "area 1 is already set by areas[0] ('a'): each area may be set by one element only"), p);
    }

    [Fact]
    public void Two_elements_with_one_name_are_refused()
    {
        var p = Single("{\n" + World + " \"areas\": [ { \"name\": \"a\", \"first\": 0 },\n  { \"name\": \"a\", \"first\": 1 } ] }");
        Assert.Equal(new ScenarioProblem("s.jsonc", 4, "areas[1].name", "duplicate area name 'a'"), p);
    }

    [Fact]
    public void An_extending_scenario_and_set_change_an_element_by_its_name()
    {
        using var dir = new TempScenario();
        dir.Write("base.jsonc", "{ " + World + " \"areas\": [ { \"name\": \"a\", \"first\": 0, \"relational_mix\": 0.9 }, { \"name\": \"b\", \"first\": 2 } ] }");
        var child = dir.Write("child.jsonc", "{ \"extends\": \"base.jsonc\", \"areas\": [ { \"name\": \"b\", \"stance\": \"agency\" } ] }");
        var areas = ScenarioLoader.Load(child, ["areas.a.relational_mix=0.4"]).Input.Areas;
        Assert.Equal(2, areas.Count);
        Assert.Equal((0, 0.4), (areas[0].First, areas[0].RelationalMix));
        Assert.Equal((2, Stance.Agency), (areas[1].First, areas[1].Stance));
    }

    [Fact]
    public void The_areas_list_is_declared_once_from_the_commissioning_section()
    {
        var list = ScenarioSchema.List("areas")!;
        var section = ScenarioSchema.Section("commissioning")!;
        foreach (var f in list.Fields.Where(f => f.Overrides is not null))
        {
            var original = section[f.Name];
            Assert.Equal("commissioning." + f.Name, f.Overrides);
            Assert.Equal((original.Kind, original.Unit, original.Min, original.Max, original.Source), (f.Kind, f.Unit, f.Min, f.Max, f.Source));
            Assert.Equal($"commissioning.{f.Name} for these areas (absent: the section's value). {original.Meaning}", f.Meaning);
            Assert.True(f.Optional);
            Assert.Equal("", f.Section);
        }
        Assert.Equal(10, list.Fields.Count(f => f.Overrides is not null)); // the mix, six weights, stance, capacity, budget
        var schema = ScenarioSchemaWriter.Generate();
        Assert.Contains("\"areas\": {", schema, StringComparison.Ordinal);
        var text = new StringWriter();
        ReferenceTables.WriteParameterTable(text);
        Assert.Contains("| `areas[].relational_mix` | (commissioning) | 0-1 | 0 to 1 |", text.ToString(), StringComparison.Ordinal);
    }
}
