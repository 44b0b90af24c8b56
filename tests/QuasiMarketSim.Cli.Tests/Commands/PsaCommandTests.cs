namespace QuasiMarketSim.Cli.Tests.Commands;

public class PsaCommandTests : CliHarness
{
    [Fact]
    public void Compare_with_psa_reports_uncertainty_cost_effectiveness_and_draws_the_plane_and_curve()
    {
        var dir = Path.Combine(Root, "psa");
        var (code, stdout, stderr) = Run("compare", RepoPaths.Scenario("baseline"), RepoPaths.Scenario("transactional"), "--psa", "6", "--ticks", "12", "--out", dir);
        Assert.True(code == 0, stderr);
        Assert.Contains("6 parameter sets x 2 replications (24 runs)", stdout, StringComparison.Ordinal);
        Assert.Contains("P(B better)", stdout, StringComparison.Ordinal);
        Assert.Contains("at GBP 20.0k per QALY: net monetary benefit", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "figures", "cost-effectiveness-plane.png")));
        Assert.True(File.Exists(Path.Combine(dir, "figures", "acceptability-curve.png")));
    }

    [Fact]
    public void Run_with_psa_takes_replications_per_set_from_r()
    {
        var dir = Path.Combine(Root, "psa");
        var (code, stdout, stderr) = Run("run", RepoPaths.Scenario("baseline"), "--psa", "4", "-r", "3", "--ticks", "6", "--out", dir);
        Assert.True(code == 0, stderr);
        Assert.Contains("4 parameter sets x 3 replications (12 runs)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("P(B better)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_parameter_sets_is_an_input_error()
    {
        var (code, _, stderr) = Run("run", RepoPaths.Scenario("baseline"), "--psa", "2", "--out", Path.Combine(Root, "x"));
        Assert.Equal(1, code);
        Assert.Contains("--psa", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Root, "x")));
    }
}
