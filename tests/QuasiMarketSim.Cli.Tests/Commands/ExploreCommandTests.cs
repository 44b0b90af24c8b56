using System.CommandLine;
using System.Text.RegularExpressions;

namespace QuasiMarketSim.Cli.Tests.Commands;

public sealed partial class ExploreCommandTests : CliHarness
{
    [Fact]
    public async Task Explore_prints_its_loopback_address_serves_the_page_and_stops_cleanly_on_ctrl_c()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var ctrlC = new CancellationTokenSource();
        // System.CommandLine cancels this token on Ctrl-C (SIGINT); the test cancels it itself.
        var running = Program.BuildRoot().Parse(["explore", "--port", "0"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, ctrlC.Token);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        Match address;
        while (!(address = Address().Match(output.ToString())).Success && !running.IsCompleted && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(address.Success, output + error.ToString());
        Assert.StartsWith("http://127.0.0.1:", address.Value, StringComparison.Ordinal);

        using var client = new HttpClient();
        Assert.Contains("QuasiMarketSim explorer", await client.GetStringAsync(address.Value + "/"), StringComparison.Ordinal);
        await ctrlC.CancelAsync();
        Assert.Equal(0, await running.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("stopping", output.ToString(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(address.Value + "/"));
    }

    [Theory]
    [InlineData("no-such-scenario")]
    [InlineData("../scenarios/baseline")]
    public void Explore_refuses_a_scenario_that_is_not_shipped_before_serving(string scenario)
    {
        var (code, _, error) = Run("explore", scenario, "--port", "0");
        Assert.Equal(1, code);
        Assert.Contains($"error: scenario '{scenario}' not found", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://[0-9.\[\]:]+:\d+")]
    private static partial Regex Address();
}
