namespace QuasiMarketSim.Cli.Tests;

public class HelpTextTests : CliHarness
{
    [Theory]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("sweep")]
    [InlineData("sensitivity")]
    [InlineData("check")]
    [InlineData("plot")]
    [InlineData("report")]
    [InlineData("explore")]
    [InlineData("silo")]
    [InlineData("status")]
    [InlineData("cancel")]
    public void Help_shows_an_example_and_says_what_each_value_is(string command)
    {
        var (code, stdout, _) = Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Contains("Examples:", stdout, StringComparison.Ordinal);
        Assert.Contains($"quasim {command} ", stdout, StringComparison.Ordinal);
        // Tab completion's list of scenarios is not the placeholder.
        Assert.DoesNotContain("<baseline|", stdout, StringComparison.Ordinal);
        if (stdout.Contains("--seed", StringComparison.Ordinal)) Assert.Contains("--seed <N>", stdout, StringComparison.Ordinal);
        if (stdout.Contains("--out", StringComparison.Ordinal)) Assert.Contains("--out <DIR>", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_rows_are_wrapped_so_no_explanation_runs_off_a_terminal()
    {
        var (_, stdout, _) = Run("describe");
        var lines = stdout.Split('\n');
        // Only a column line listing an enumeration's choices may be longer (it is not prose).
        Assert.All(lines.Where(l => l.Length > 110), l => Assert.True(l.Length <= 250 && (l.Contains(" / ", StringComparison.Ordinal) || l.Contains(", ", StringComparison.Ordinal)), l));
    }
}
