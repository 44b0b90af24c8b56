
namespace QuasiMarketSim.Cli.Tests.Commands;

public sealed class ExperimentCommandTests : CliHarness
{
    [Fact]
    public void Replications_then_replay_are_bit_identical()
    {
        var outDir = Path.Combine(Root, "reps");
        var (code, stdout, _) = Run("run", RepoPaths.Scenario("baseline"), "-r", "3", "--ticks", "12", "--out", outDir);
        Assert.Equal(0, code);
        Assert.Contains("95% interval", stdout, StringComparison.Ordinal);
        var replay = Run("replay", outDir);
        Assert.Equal(0, replay.Code);
        Assert.Contains("all 3 outputs are bit-identical", replay.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_detects_a_tampered_output()
    {
        var outDir = Path.Combine(Root, "run");
        Assert.Equal(0, Run("run", RepoPaths.Scenario("baseline"), "--ticks", "6", "--out", outDir, "--quiet").Code);
        File.AppendAllText(Path.Combine(outDir, "ticks.csv"), "tampered\n");
        var manifest = Path.Combine(outDir, "manifest.json");
        // Put the tampered file's hash in the manifest too, as if the recorded outputs were what a different program made.
        var text = File.ReadAllText(manifest);
        var hash = QuasiMarketSim.Runners.ResultsWriter.HashFile(Path.Combine(outDir, "ticks.csv"));
        var start = text.IndexOf("\"ticks.csv\": \"", StringComparison.Ordinal) + "\"ticks.csv\": \"".Length;
        File.WriteAllText(manifest, text[..start] + hash + text[(start + 64)..]);
        var (code, stdout, _) = Run("replay", outDir);
        Assert.Equal(2, code);
        Assert.Contains("ticks.csv            DIFFERENT", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_prints_the_plain_language_summary()
    {
        var (code, stdout, _) = Run("compare", RepoPaths.Scenario("baseline"), "--set", "commissioning.relational_mix=0.2", "-r", "3", "--ticks", "24", "--out", Path.Combine(Root, "cmp"));
        Assert.Equal(0, code);
        Assert.StartsWith("baseline (changed) ", stdout, StringComparison.Ordinal);
        Assert.Contains("CRN gain", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_without_block_exits_one()
    {
        var (code, _, stderr) = Run("sweep", RepoPaths.Scenario("baseline"), "--out", Path.Combine(Root, "sw"));
        Assert.Equal(1, code);
        Assert.Contains("no \"sweep\" block", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_bad_method_exits_one()
    {
        Assert.Equal(1, Run("sensitivity", RepoPaths.Scenario("mix-sweep"), "--method", "fast99").Code);
    }

    [Fact]
    public void Run_with_plot_draws_the_standard_figures_and_stays_quiet()
    {
        var single = Path.Combine(Root, "plot-run");
        var (code, stdout, _) = Run("run", RepoPaths.Scenario("baseline"), "--ticks", "6", "--quiet", "--plot", "--out", single);
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Contains(Path.Combine(single, "figures", "trust_mean.png"), Directory.GetFiles(Path.Combine(single, "figures")));
        Assert.Contains(Path.Combine(single, "figures", "anatomy-conditions.png"), Directory.GetFiles(Path.Combine(single, "figures")));
        var reps = Path.Combine(Root, "plot-reps");
        var replicated = Run("run", RepoPaths.Scenario("baseline"), "-r", "2", "--ticks", "6", "--plot", "--out", reps);
        Assert.Equal(0, replicated.Code);
        Assert.Contains("figure: ", replicated.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(reps, "figures", "trust_mean.png")));
    }

    [Fact]
    public void Replay_missing_manifest_exits_one()
    {
        Assert.Equal(1, Run("replay", Path.Combine(Root, "nothing-here")).Code);
    }
}
