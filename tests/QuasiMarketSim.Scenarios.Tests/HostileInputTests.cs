namespace QuasiMarketSim.Scenarios.Tests;

/// <summary>Scenario files cannot make the program read what it should not, hold more than a machine can, or name a path.</summary>
public class HostileInputTests
{
    private static IReadOnlyList<ScenarioProblem> Problems(TempScenario dir, string text, long? memory = null, params string[] overrides) =>
        ScenarioLoader.Validate(dir.Write("s.jsonc", text), overrides, memory);

    [Fact]
    public void Real_path_resolves_a_link_in_a_parent_folder()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempScenario();
        Directory.CreateDirectory(Path.Combine(dir.Root, "real"));
        File.WriteAllText(Path.Combine(dir.Root, "real", "x.jsonc"), "{}");
        Directory.CreateSymbolicLink(Path.Combine(dir.Root, "alias"), Path.Combine(dir.Root, "real"));
        var real = ScenarioFiles.RealPath(Path.Combine(dir.Root, "alias", "x.jsonc"));
        Assert.Equal(Path.Combine(ScenarioFiles.RealPath(dir.Root), "real", "x.jsonc"), real);
    }

    [Fact]
    public void Real_path_reports_a_loop()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempScenario();
        File.CreateSymbolicLink(Path.Combine(dir.Root, "a"), "b");
        File.CreateSymbolicLink(Path.Combine(dir.Root, "b"), "a");
        Assert.Throws<IOException>(() => ScenarioFiles.RealPath(Path.Combine(dir.Root, "a")));
    }

    [Fact]
    public void Extends_may_name_a_subfolder_and_a_shipped_scenario_by_name()
    {
        using var dir = new TempScenario();
        Directory.CreateDirectory(Path.Combine(dir.Root, "common"));
        dir.Write("common/base.jsonc", """{ "extends": "../mid.jsonc", "ticks": 7 }""");
        dir.Write("mid.jsonc", """{ "trust": { "gain_rate": 0.05 } }""");
        var top = dir.Write("top.jsonc", """{ "extends": "common/base.jsonc" }""");
        var loaded = ScenarioLoader.Load(top, []);
        Assert.Equal(7, loaded.Input.Ticks);
        Assert.Contains("\"gain_rate\": 0.05", loaded.ResolvedJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Extends_outside_the_folder_is_refused_at_the_extending_line_without_reading_it()
    {
        using var outer = new TempScenario();
        var inner = Path.Combine(outer.Root, "inner");
        Directory.CreateDirectory(inner);
        outer.Write("secret.jsonc", """{ "token_7731": 1 }""");
        var path = outer.Write("inner/s.jsonc", "{\n  \"extends\": \"../secret.jsonc\"\n}");
        var p = Assert.Single(ScenarioLoader.Validate(path, []));
        Assert.Equal((path, 2, "extends"), (p.File, p.Line, p.Path));
        Assert.Contains("lies outside this scenario's folder", p.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("token_7731", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_is_an_identifier_and_never_a_path()
    {
        using var dir = new TempScenario();
        foreach (var name in new[] { "..", "../x", "/tmp/x", "a/b", "a\\\\b", ".hidden", "-x", "x\\n", "", new string('a', 65) })
        {
            var p = Assert.Single(Problems(dir, $$"""{ "name": "{{name}}" }"""));
            Assert.Equal("name", p.Path);
        }
        foreach (var name in new[] { "baseline", "mix-sweep", "v1.2", "a_b", new string('a', 64) })
        {
            Assert.Empty(Problems(dir, $$"""{ "name": "{{name}}" }"""));
        }
    }

    [Fact]
    public void A_world_larger_than_the_memory_limit_is_refused_with_the_estimate_and_the_limit()
    {
        using var dir = new TempScenario();
        var text = """{ "world": { "commissioners": 100, "practices_per_commissioner": 1000, "patients_per_practice": 1000 } }""";
        // 100 million patients at 8 bytes each, plus the rest of the world: about 0.8 GiB.
        var p = Assert.Single(Problems(dir, text, memory: 512L << 20));
        Assert.Equal("world.patients_per_practice", p.Path);
        Assert.Contains("this world needs about 0.8 GiB of memory (100,000,000 patients", p.Message, StringComparison.Ordinal);
        Assert.Contains("one run may use at most 0.5 GiB", p.Message, StringComparison.Ordinal);
        Assert.Empty(Problems(dir, text, memory: 2L << 30));
    }

    [Fact]
    public void A_store_beyond_what_an_array_can_index_is_refused_whatever_the_memory()
    {
        using var dir = new TempScenario();
        var lines = string.Join(",", Enumerable.Range(0, 50).Select(i => $$"""{ "name": "l{{i}}", "staff_category": "diabetes_nurses" }"""));
        var text = $$"""{ "world": { "commissioners": 5000, "practices_per_commissioner": 10000, "patients_per_practice": 1 }, "service_lines": [ {{lines}} ] }""";
        var p = Assert.Single(Problems(dir, text, memory: long.MaxValue));
        Assert.Equal("world.practices_per_commissioner", p.Path);
        Assert.Contains("2,500,000,000 cells", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_line_needs_a_provider_able_to_hold_it()
    {
        using var dir = new TempScenario();
        var p = Assert.Single(Problems(dir, """
            { "world": { "acute_trusts": 0, "community_trusts": 0, "mental_health_trusts": 0, "voluntary_orgs": 0 },
              "service_lines": [ { "name": "d", "staff_category": "diabetes_nurses" } ] }
            """));
        Assert.Equal("service_lines[0].providers", p.Path);
        // A private firm at the start is enough when the line admits private providers.
        Assert.Empty(Problems(dir, """
            { "world": { "acute_trusts": 0, "community_trusts": 0, "mental_health_trusts": 0, "voluntary_orgs": 0, "private_firms": 1 },
              "service_lines": [ { "name": "d", "staff_category": "diabetes_nurses" } ] }
            """));
    }

    [Fact]
    public void A_sweep_larger_than_the_cap_is_refused_before_any_point_is_made()
    {
        using var dir = new TempScenario();
        var p = Assert.Single(Problems(dir, """
            { "sweep": { "parameters": [ { "path": "trust.decay", "min": 0, "max": 1, "steps": 2000 },
                                         { "path": "trust.baseline", "min": 0, "max": 1, "steps": 2000 } ], "replications": 1 } }
            """));
        Assert.Equal("sweep", p.Path);
        Assert.StartsWith("4,000,000 runs is more than the 2,000,000", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_required_value_is_reported_once_not_also_as_missing()
    {
        using var dir = new TempScenario();
        var problems = Problems(dir, """{ "events": [ { "tick": "soon", "type": "structural_reform" } ] }""");
        var p = Assert.Single(problems);
        Assert.Equal("events[0].tick", p.Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    [InlineData("// a comment\n/* another */")]
    public void An_empty_file_says_so(string text)
    {
        using var dir = new TempScenario();
        var p = Assert.Single(Problems(dir, text));
        Assert.Contains("empty", p.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("isFinalBlock", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_one_mebibyte_is_refused_unread()
    {
        using var dir = new TempScenario();
        var path = Path.Combine(dir.Root, "big.jsonc");
        using (var f = File.Create(path)) f.SetLength(ScenarioFiles.MaxBytes + 1);
        Assert.Null(ScenarioFiles.Read(path, out var error));
        Assert.StartsWith("is 1,048,577 bytes or more", error, StringComparison.Ordinal);
    }
}

/// <summary>A template reads its files once; loading it at many points is pure and in memory.</summary>
public class ScenarioTemplateTests
{
    [Fact]
    public void Loading_with_overrides_leaves_the_template_as_it_was_and_reads_no_file()
    {
        using var dir = new TempScenario();
        dir.Write("base.jsonc", """{ "trust": { "decay": 0.02 } }""");
        var path = dir.Write("s.jsonc", """{ "extends": "base.jsonc", "ticks": 7 }""");
        var template = ScenarioLoader.Template(path);
        File.Delete(path);
        File.Delete(Path.Combine(dir.Root, "base.jsonc"));
        Assert.Equal(0.1, template.Load(["trust.gain_rate=0.1"]).Input.Value("trust.gain_rate"));
        var plain = template.Load([]);
        Assert.Equal(0.03, plain.Input.Value("trust.gain_rate"));
        Assert.Equal(0.02, plain.Input.Value("trust.decay"));
        Assert.Equal(7, plain.Input.Ticks);
    }
}
