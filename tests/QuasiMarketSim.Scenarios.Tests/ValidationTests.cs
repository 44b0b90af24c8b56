namespace QuasiMarketSim.Scenarios.Tests;

public class ValidationTests
{
    private static ScenarioProblem Single(string text, params string[] overrides)
    {
        using var dir = new TempScenario();
        var path = dir.Write("s.jsonc", text);
        var problems = ScenarioLoader.Validate(path, overrides);
        var p = Assert.Single(problems);
        return p with { File = Path.GetFileName(p.File) == "s.jsonc" ? "s.jsonc" : p.File };
    }

    [Fact]
    public void Unknown_key_names_line_and_suggests_closest()
    {
        var p = Single("{\n  \"trust\": {\n    \"gain_rat\": 0.1\n  }\n}");
        Assert.Equal(new ScenarioProblem("s.jsonc", 3, "trust.gain_rat", "unknown key 'gain_rat'; did you mean 'gain_rate'?"), p);
    }

    [Fact]
    public void Wrong_type_says_what_was_expected()
    {
        var p = Single("{\n \"commissioning\": { \"relational_mix\": \"high\" }\n}");
        Assert.Equal(2, p.Line);
        Assert.Equal("commissioning.relational_mix", p.Path);
        Assert.Equal("expected a number, got a string (\"high\")", p.Message);
    }

    [Fact]
    public void Out_of_range_gives_range_and_unit()
    {
        var p = Single("{ \"trust\": { \"loss_rate\": 50 } }");
        Assert.Equal("trust.loss_rate", p.Path);
        Assert.Equal("value 50 is out of range: expected 0 to 1 (per month)", p.Message);
    }

    [Fact]
    public void Integer_field_rejects_fraction()
    {
        var p = Single("{ \"ticks\": 1.5 }");
        Assert.Equal("ticks", p.Path);
        Assert.StartsWith("expected a whole number", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_choice_suggests_the_intended_one()
    {
        var p = Single("{ \"commissioning\": { \"stance\": \"agnecy\" } }");
        Assert.Contains("did you mean 'agency'?", p.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"acute_trsut\"]", "item 1: expected one of acute_trust, community_trust, mental_health_trust, private_firm, voluntary_org; got 'acute_trsut' (did you mean 'acute_trust'?)")]
    [InlineData("\"community_trust\"]", "item 1: 'community_trust' is listed twice")]
    [InlineData("\"gp_practice\"]", "item 1: expected one of acute_trust, community_trust, mental_health_trust, private_firm, voluntary_org; got 'gp_practice'")]
    public void ProviderList_NamesTheBadItem(string second, string message)
    {
        var p = Single("{ \"service_lines\": [\n { \"name\": \"diabetes\", \"staff_category\": \"diabetes_nurses\",\n   \"providers\": [\"community_trust\", " + second + " } ] }");
        Assert.Equal(new ScenarioProblem("s.jsonc", 3, "service_lines[0].providers", message), p);
    }

    [Fact]
    public void Provider_list_must_be_a_list()
    {
        var p = Single("{ \"service_lines\": [ { \"name\": \"diabetes\", \"staff_category\": \"diabetes_nurses\", \"providers\": \"acute_trust\" } ] }");
        Assert.StartsWith("expected a list of acute_trust", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_field_points_at_the_element()
    {
        var p = Single("{\n \"events\": [\n  { \"tick\": 3 }\n ]\n}");
        Assert.Equal(new ScenarioProblem("s.jsonc", 3, "events[0]", "missing required field 'type'"), p);
    }

    [Fact]
    public void Dangling_reference_lists_valid_names()
    {
        var p = Single("{\n \"service_lines\": [\n  { \"name\": \"diabetes\", \"staff_category\": \"nurses\" }\n ]\n}");
        Assert.Equal(3, p.Line);
        Assert.Equal("service_lines[0].staff_category", p.Path);
        Assert.Contains("expected one of diabetes_nurses", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_key_is_reported()
    {
        var p = Single("{\n \"ticks\": 10,\n \"ticks\": 20\n}");
        Assert.Equal(3, p.Line);
        Assert.Contains("duplicate key 'ticks'", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_error_gives_line()
    {
        var p = Single("{\n \"ticks\": 10\n \"seed\": 2\n}");
        Assert.Equal("(syntax)", p.Path);
        Assert.Equal(3, p.Line);
    }

    [Fact]
    public void Cross_check_event_beyond_horizon_points_at_the_event_tick()
    {
        var p = Single("{\n \"ticks\": 24,\n \"events\": [\n  { \"tick\": 30, \"type\": \"budget_squeeze\" }\n ]\n}");
        Assert.Equal(4, p.Line);
        Assert.Equal("events[0].tick", p.Path);
        Assert.Contains("not within the run", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_staff_category_is_reported_at_the_second()
    {
        var p = Single("{\n \"staff_categories\": [\n  { \"name\": \"diabetes_nurses\" },\n  { \"name\": \"diabetes_nurses\" },\n"
            + "  { \"name\": \"stroke_therapists\" }, { \"name\": \"mental_health_nurses\" }\n ]\n}");
        Assert.Equal(new ScenarioProblem("s.jsonc", 4, "staff_categories[1].name", "duplicate staff category 'diabetes_nurses'"), p);
    }

    [Fact]
    public void Missing_file_is_one_problem()
    {
        var problems = ScenarioLoader.Validate("/nonexistent/x.jsonc", []);
        Assert.Equal(new ScenarioProblem("/nonexistent/x.jsonc", 0, "(file)", "file not found"), Assert.Single(problems));
    }

    [Fact]
    public void Many_problems_are_all_reported_in_line_order()
    {
        using var dir = new TempScenario();
        var path = dir.Write("s.jsonc", "{\n \"colour\": 1,\n \"trust\": { \"gain_rate\": 7 },\n \"seed\": -1\n}");
        var problems = ScenarioLoader.Validate(path, []);
        Assert.Equal([2, 3, 4], problems.Select(p => p.Line));
    }

    [Fact]
    public void Bad_override_is_located_on_the_command_line()
    {
        using var dir = new TempScenario();
        var path = dir.Write("s.jsonc", "{}");
        var problems = ScenarioLoader.Validate(path, ["ticks=12", "trust.gain_rate=2", "nonsense"]);
        Assert.Equal(["--set:2: trust.gain_rate: value 2 is out of range: expected 0 to 1 (per month)", "--set:3: nonsense: expected path=value, e.g. commissioning.relational_mix=0.2"],
            problems.Select(p => p.ToString()));
    }
}
