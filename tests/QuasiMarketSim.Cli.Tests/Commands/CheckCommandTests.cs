namespace QuasiMarketSim.Cli.Tests.Commands;

public sealed class CheckCommandTests : CliHarness
{
    [Fact]
    public void Check_compares_the_model_with_every_target_and_marks_the_input_checks()
    {
        var (code, stdout, stderr) = Run("check", RepoPaths.Scenario("baseline"), "-r", "3");
        Assert.True(code == 0, stderr);
        var award = stdout.Split('\n').Single(l => l.Contains("share of contract awards tendered", StringComparison.Ordinal));
        Assert.Contains("0.0 [0.0, 0.0]       6.0 [0.1, 11.9]      OUTSIDE", award, StringComparison.Ordinal);
        Assert.Contains("staff_leaver_rate: a check of its input, not of the model: staff.leaver_rate", stdout, StringComparison.Ordinal);
    }
}
