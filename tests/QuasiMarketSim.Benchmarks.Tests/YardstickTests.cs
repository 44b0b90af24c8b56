using QuasiMarketSim.Benchmarks.Naive;
using QuasiMarketSim.Benchmarks.Schelling;

namespace QuasiMarketSim.Benchmarks.Tests;

/// <summary>
/// The yardsticks the benchmarks compare against stay honest between benchmark runs: the naive object-per-agent
/// baseline still computes the product's patient rule (it silently stopped doing so once, when budgets came to scale
/// the patients seen, and only a benchmark run found out), and Schelling still follows its declaration.
/// </summary>
public class YardstickTests
{
    [Fact]
    public void The_naive_baseline_computes_the_products_patient_rule() => NaiveChecks.Verify();

    [Fact]
    public void Schelling_follows_the_declaration_at_both_sizes()
    {
        var sizes = SchellingChecks.Verify();
        Assert.Equal(2, sizes.Count);
    }
}
