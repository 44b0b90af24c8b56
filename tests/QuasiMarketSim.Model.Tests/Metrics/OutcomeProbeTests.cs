namespace QuasiMarketSim.Model.Tests.Metrics;

/// <summary>QALYs and the cost to the NHS, checked month by month against the hand-worked formula.</summary>
public class OutcomeProbeTests
{
    [Theory]
    [InlineData(0.035)]
    [InlineData(0.0)]
    public void Qalys_are_utility_by_severity_less_admissions_discounted_from_the_first_recorded_month(double rate)
    {
        // 2 areas x 4 practices x 60 patients = 480 patients; a warm-up, so discounting starts after it.
        var sim = TestWorlds.Create(TestWorlds.Small(ticks: 30, warmup: 6).Set("economics", "discount_rate", rate).Build(), seed: 3);
        var t = sim.Run();
        double Col(int row, string name) => t.Rows[row][t.IndexOf(name)];
        for (var m = 0; m < t.Rows.Count; m++)
        {
            // Utility 0.8 at severity 0 to 0.45 at 1, linear; 0.008 QALYs per admission; (1 + r)^(-m / 12).
            var utility = 0.8 + (0.45 - 0.8) * Col(m, "severity_mean");
            var expected = (480 * utility / 12 - Col(m, "unplanned_admissions") * 0.008) * Math.Pow(1 + rate, -m / 12.0);
            Assert.Equal(expected, Col(m, "qalys"), 9);
            Assert.Equal(Col(m, "commissioner_cost") * Math.Pow(1 + rate, -m / 12.0), Col(m, "nhs_cost"), 6);
        }
    }

    [Fact]
    public void A_year_later_a_qaly_counts_one_part_in_1_035_less()
    {
        var e = new QuasiMarketSim.Model.Parameters.EconomicsParameters { DiscountRate = 0.035 };
        Assert.Equal(1, e.DiscountFactor(0));
        Assert.Equal(1 / 1.035, e.DiscountFactor(12), 15);
        Assert.Equal(1 / (1.035 * 1.035), e.DiscountFactor(24), 15);
    }
}
