using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Cli.Tests;

public sealed class ProgramTests : CliHarness
{
    private static string Scenario(string name) => Path.Combine(RepoPaths.Root, "scenarios", name + ".jsonc");

    [Fact]
    public void Run_valid_scenario_exits_zero_and_writes_results()
    {
        var outDir = Path.Combine(Root, "ok");
        var (code, stdout, _) = Run("run", Scenario("baseline"), "--ticks", "6", "--out", outDir);
        Assert.Equal(0, code);
        Assert.Contains("  trust  ", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "ticks.csv")));
    }

    [Fact]
    public void Run_with_areas_prints_each_area_and_writes_areas_csv()
    {
        var outDir = Path.Combine(Root, "areas");
        var (code, stdout, _) = Run("run", Scenario("three-commissioners"), "--ticks", "6", "--out", outDir);
        Assert.Equal(0, code);
        Assert.Contains("per area (whole run)", stdout, StringComparison.Ordinal);
        Assert.Contains("transactional", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "areas.csv")));
    }

    [Fact]
    public void Per_area_with_replications_exits_one_and_says_why()
    {
        var (code, _, stderr) = Run("run", Scenario("baseline"), "--per-area", "-r", "3", "--out", Path.Combine(Root, "x"));
        Assert.Equal(1, code);
        Assert.Contains("--per-area: per-area outputs are written by single runs", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Root, "x")));
    }

    [Fact]
    public void Run_invalid_scenario_exits_one_reports_file_line_path_writes_nothing()
    {
        Directory.CreateDirectory(Root);
        var bad = Path.Combine(Root, "bad.jsonc");
        File.WriteAllText(bad, "{\n  \"trust\": { \"gain_rate\": 3 }\n}");
        var outDir = Path.Combine(Root, "out");
        var (code, _, stderr) = Run("run", bad, "--out", outDir);
        Assert.Equal(1, code);
        Assert.Contains($"{bad}:2: trust.gain_rate: value 3 is out of range", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Run_unknown_scenario_name_exits_one_and_lists_shipped()
    {
        var (code, _, stderr) = Run("run", "no-such-scenario");
        Assert.Equal(1, code);
        Assert.Contains("not found", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_bad_set_override_exits_one()
    {
        var (code, _, stderr) = Run("run", Scenario("baseline"), "--set", "trust.gain_rat=0.1", "--out", Path.Combine(Root, "x"));
        Assert.Equal(1, code);
        Assert.Contains("--set:1: trust.gain_rat: unknown key 'gain_rat'; did you mean 'gain_rate'?", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_zero_threads_exits_one()
    {
        Assert.Equal(1, Run("run", Scenario("baseline"), "--threads", "0").Code);
    }

    [Fact]
    public void Validate_reports_each_file()
    {
        var (code, stdout, _) = Run("validate", Scenario("baseline"), Scenario("transactional"));
        Assert.Equal(0, code);
        Assert.Equal(2, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.EndsWith(": ok", StringComparison.Ordinal)));
    }

    [Fact]
    public void Describe_lists_every_parameter_and_metric()
    {
        var (code, stdout, _) = Run("describe");
        Assert.Equal(0, code);
        foreach (var f in ScenarioSchema.AllParameters) Assert.Contains(f.Path, stdout, StringComparison.Ordinal);
        Assert.Contains("blg_cream_skimming", stdout, StringComparison.Ordinal);
    }

}
