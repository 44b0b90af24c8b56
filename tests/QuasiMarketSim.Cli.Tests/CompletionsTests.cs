namespace QuasiMarketSim.Cli.Tests;

public class CompletionsTests
{
    private static List<string> Complete(string line) =>
        [.. Program.BuildRoot().Parse(line).GetCompletions(line.Length).Select(c => c.Label)];

    [Theory]
    [InlineData("run ")]
    [InlineData("compare baseline ")]
    [InlineData("sweep ")]
    [InlineData("check ")]
    public void A_scenario_argument_offers_the_shipped_scenarios(string line) => Assert.Contains("transactional", Complete(line));

    [Fact]
    public void Metric_mechanism_and_method_options_offer_their_names()
    {
        Assert.Contains("trust_mean", Complete("plot x --metric "));
        Assert.Contains("complacency", Complete("compare baseline transactional --explain --mechanisms "));
        Assert.Equal(["morris", "sobol"], Complete("sensitivity mix-sweep --method ").Where(c => !c.StartsWith('-')).Order().Take(2));
    }
}
