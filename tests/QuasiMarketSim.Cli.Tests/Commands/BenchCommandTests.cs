namespace QuasiMarketSim.Cli.Tests.Commands;

public class BenchCommandTests : CliHarness
{
    [Fact]
    public void Bench_saves_the_table_and_draws_the_scaling_figure()
    {
        var folder = Path.Combine(Root, "bench");
        var (code, output, error) = Run("bench", "--patients", "3000", "--patients", "12000", "--out", folder, "--plot");
        Assert.True(code == 0, error);
        Assert.Contains("| patients |", output, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(folder, "scaling.csv"));
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("patients,ticks_timed,ns_per_patient_tick_1_thread", lines[0], StringComparison.Ordinal);
        // The two runs must agree bit for bit at 1 and 2 threads.
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",true", l, StringComparison.Ordinal));
        Assert.True(new FileInfo(Path.Combine(folder, "figures", "scaling.png")).Length > 10_000);
        Assert.True(File.Exists(Path.Combine(folder, "scaling.md")));
    }
}
