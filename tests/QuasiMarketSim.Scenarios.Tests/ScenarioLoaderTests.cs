using FsCheck;
using FsCheck.Fluent;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Parameters;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Scenarios.Tests;

public class ScenarioLoaderTests
{
    [Fact]
    public void Empty_scenario_loads_the_model_defaults()
    {
        var loaded = ScenarioLoader.LoadText("{}", "empty.jsonc", []);
        Assert.Equal(120, loaded.Input.Ticks);
        Assert.Equal(0.8, loaded.Input.Value("commissioning.relational_mix"));
        Assert.Equal(["diabetes", "stroke_esd", "dementia_memory"], loaded.Input.ServiceLines.Select(l => l.Name));
        Assert.Contains("\"gain_rate\": 0.03", loaded.ResolvedJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Extends_merges_keyed_lists_by_name_replaces_events_child_wins()
    {
        using var dir = new TempScenario();
        dir.Write("base.jsonc", """
            { "ticks": 60, "trust": { "gain_rate": 0.05, "decay": 0.02 },
              "service_lines": [ { "name": "a", "staff_category": "s", "tariff": 10 }, { "name": "b", "staff_category": "s" } ],
              "staff_categories": [ { "name": "s" } ],
              "events": [ { "tick": 1, "type": "budget_squeeze" }, { "tick": 2, "type": "demand_growth" } ] }
            """);
        var child = dir.Write("child.jsonc", """
            { "extends": "base.jsonc", "trust": { "gain_rate": 0.07 },
              "service_lines": [ { "name": "a", "tariff": 20 }, { "name": "c", "staff_category": "s" } ],
              "events": [ { "tick": 5, "type": "staff_shock" } ] }
            """);
        var input = ScenarioLoader.Load(child, []).Input;
        Assert.Equal(60, input.Ticks);
        Assert.Equal(0.07, input.Value("trust.gain_rate"));
        Assert.Equal(0.02, input.Value("trust.decay"));
        Assert.Equal(["a", "b", "c"], input.ServiceLines.Select(l => l.Name));
        Assert.Equal(20, input.ServiceLines[0].Tariff);
        Assert.Equal(EventKind.StaffShock, Assert.Single(input.Events).Kind);
    }

    [Fact]
    public void Problem_in_base_file_names_the_base_file()
    {
        using var dir = new TempScenario();
        var basePath = dir.Write("base.jsonc", "{\n \"trust\": { \"decay\": 9 }\n}");
        var child = dir.Write("child.jsonc", "{ \"extends\": \"base.jsonc\" }");
        var p = Assert.Single(ScenarioLoader.Validate(child, []));
        Assert.Equal("base.jsonc", Path.GetFileName(p.File));
        Assert.Equal(2, p.Line);
    }

    [Fact]
    public void Extends_cycle_is_reported()
    {
        using var dir = new TempScenario();
        dir.Write("a.jsonc", "{ \"extends\": \"b.jsonc\" }");
        var b = dir.Write("b.jsonc", "{ \"extends\": \"a.jsonc\" }");
        Assert.Contains(ScenarioLoader.Validate(b, []), p => p.Message.Contains("cycle", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("service_lines.diabetes.tariff=44")]
    [InlineData("service_lines[0].tariff=44")]
    [InlineData("service_lines.0.tariff=44")]
    public void SetOverride_ReachesListElementsByNameOrIndex(string setting)
    {
        var input = ScenarioLoader.LoadText("""{ "service_lines": [ { "name": "diabetes", "staff_category": "diabetes_nurses" } ] }""", "s.jsonc", [setting]).Input;
        Assert.Equal(44, input.ServiceLines[0].Tariff);
    }

    [Fact]
    public void Provider_list_defaults_to_every_contractor_and_can_be_set_or_overridden()
    {
        var line = """{ "service_lines": [ { "name": "diabetes", "staff_category": "diabetes_nurses" } ] }""";
        var all = ScenarioLoader.LoadText(line, "s.jsonc", []).Input.ServiceLines[0];
        Assert.True(all.DeliverableBy(ProviderKind.AcuteTrust) && all.DeliverableBy(ProviderKind.PrivateFirm));
        Assert.False(all.DeliverableBy(ProviderKind.GpPractice));
        var narrow = ScenarioLoader.LoadText(line, "s.jsonc", ["""service_lines.diabetes.providers=["community_trust"]"""]).Input.ServiceLines[0];
        Assert.Equal([ProviderKind.CommunityTrust], narrow.Providers);
        Assert.False(narrow.DeliverableBy(ProviderKind.AcuteTrust));
    }

    [Fact]
    public void Set_override_bare_string_and_whole_list()
    {
        var input = ScenarioLoader.LoadText("{}", "s.jsonc", ["commissioning.stance=agency", """events=[{"tick":3,"type":"mandate_to_tender"}]"""]).Input;
        Assert.Equal("agency", input.Value("commissioning.stance"));
        Assert.Equal(3, Assert.Single(input.Events).Tick);
    }

    [Fact]
    public void Hash_is_stable_for_equal_content_and_changes_with_a_value()
    {
        var a = ScenarioLoader.LoadText("{ \"ticks\": 10 }", "a.jsonc", []);
        var b = ScenarioLoader.LoadText("{\n // same\n \"ticks\": 10,\n}", "b.jsonc", []);
        var c = ScenarioLoader.LoadText("{ \"ticks\": 11 }", "c.jsonc", []);
        Assert.Equal(a.Hash, b.Hash);
        Assert.NotEqual(a.Hash, c.Hash);
        Assert.Equal(64, a.Hash.Length);
    }

    [Fact]
    public void Resolved_json_reloads_to_the_same_scenario()
    {
        var a = ScenarioLoader.LoadText("{ \"ticks\": 10, \"trust\": { \"decay\": 0.05 } }", "a.jsonc", []);
        var again = ScenarioLoader.LoadText(a.ResolvedJson, "resolved.json", []);
        Assert.Equal(a.Hash, again.Hash);
    }

    public static IEnumerable<object[]> NumberFields() =>
        ScenarioSchema.AllParameters.Where(f => f.Kind == ValueKind.Number).Select(f => new object[] { f.Path });

    [Theory]
    [MemberData(nameof(NumberFields))]
    public void Set_override_any_number_within_range_is_what_the_model_reads(string path)
    {
        var field = ScenarioSchema.AllParameters.Single(f => f.Path == path);
        Prop.ForAll(Gen.Choose(0, 1000).ToArbitrary(), k =>
        {
            var value = field.Min + (Math.Min(field.Max, field.Min + 10) - field.Min) * k / 1000.0;
            var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            // price weights are cross-checked against each other: keep the pair ordered.
            var extra = path == "tendering.price_weight_min" ? new[] { "tendering.price_weight_max=1" } : path == "tendering.price_weight_max" ? ["tendering.price_weight_min=0"] : [];
            var input = ScenarioLoader.LoadText("{}", "s.jsonc", [$"{path}={text}", .. extra]).Input;
            return Convert.ToDouble(input.Value(path), System.Globalization.CultureInfo.InvariantCulture) == value;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Shipped_schema_file_matches_the_generated_schema()
    {
        var shipped = Path.Combine(RepoPaths.Root, "scenarios", "scenario.schema.json");
        var generated = ScenarioSchemaWriter.Generate();
        // QMS_UPDATE_DOCS=1 dotnet test rewrites every generated file from the code (see CONTRIBUTING.md).
        if (Environment.GetEnvironmentVariable("QMS_UPDATE_DOCS") == "1") File.WriteAllText(shipped, generated);
        Assert.True(generated == File.ReadAllText(shipped), "scenarios/scenario.schema.json is out of date: run `QMS_UPDATE_DOCS=1 dotnet test`.");
    }

    [Fact]
    public void Schema_covers_every_section_and_field()
    {
        var schema = System.Text.Json.JsonDocument.Parse(ScenarioSchemaWriter.Generate()).RootElement.GetProperty("properties");
        foreach (var section in ScenarioSchema.Sections)
        {
            var props = schema.GetProperty(section.Name).GetProperty("properties");
            foreach (var f in section.Fields) Assert.True(props.TryGetProperty(f.Name, out _), f.Path);
        }
    }

}
