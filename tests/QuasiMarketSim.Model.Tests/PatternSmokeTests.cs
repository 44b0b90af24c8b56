namespace QuasiMarketSim.Model.Tests;

/// <summary>
/// Seeded smoke versions of the model's headline patterns: a few replications, directions asserted with margins that
/// hold for these seeds. The full statistical versions (many replications, confidence intervals) belong to issue 6.
/// </summary>
public class PatternSmokeTests
{
    private static double Sum(string metric, double mix, string stance, ulong seed)
    {
        var input = TestWorlds.Small(areas: 3, practices: 8, patients: 100, ticks: 120).Mix(mix).Stance(stance).Build();
        return TestWorlds.Create(input, seed).Run().Column(metric).Sum();
    }

    [Fact]
    public void A_transactional_repertoire_tenders_more_than_a_relational_one()
    {
        double transactional = 0, relational = 0;
        for (ulong seed = 1; seed <= 5; seed++)
        {
            transactional += Sum("tenders", 0.1, "agency", seed);
            relational += Sum("tenders", 0.9, "stewardship", seed);
        }
        // Tenders now come only from the net-benefit rule: about 27 against 1 for these seeds.
        Assert.True(transactional >= 3 * relational + 15, $"transactional {transactional} vs relational {relational} tenders");
    }

    [Fact]
    public void Dearer_tenders_mean_fewer_tenders()
    {
        double Tenders(double tenderCost)
        {
            var total = 0.0;
            for (ulong seed = 1; seed <= 5; seed++)
            {
                var input = TestWorlds.Small(areas: 3, practices: 8, patients: 100, ticks: 120).Mix(0.1).Stance("agency")
                    .Set("transaction_costs", "tender_cost", tenderCost).Build();
                total += TestWorlds.Create(input, seed).Run().Column("tenders").Sum();
            }
            return total;
        }
        var usual = Tenders(0.05);
        var tripled = Tenders(0.15);
        Assert.True(tripled < usual, $"{tripled} tenders at three times the cost vs {usual}");
    }

    [Fact]
    public void A_structural_reform_lowers_trust_in_the_following_months()
    {
        const int reformAt = 24;
        for (ulong seed = 1; seed <= 3; seed++)
        {
            var without = TestWorlds.Small(areas: 3, practices: 8, patients: 100, ticks: 48, warmup: 12).Build();
            var with = TestWorlds.Small(areas: 3, practices: 8, patients: 100, ticks: 48, warmup: 12)
                .Event(reformAt, "structural_reform", magnitude: 0.5, duration: 12).Build();
            var a = TestWorlds.Create(without, seed).Run().Column("trust_mean");
            var b = TestWorlds.Create(with, seed).Run().Column("trust_mean");
            // Common random numbers: identical until the reform.
            Assert.Equal(a[..reformAt], b[..reformAt]);
            var after = Enumerable.Range(reformAt, 12).ToArray();
            var drop = after.Average(t => a[t] - b[t]);
            Assert.True(drop > 0.15, $"seed {seed}: trust fell by only {drop:F3} on average in the year after the reform");
            Assert.All(after, t => Assert.True(b[t] < a[t], $"seed {seed}, month {t}: {b[t]} not below {a[t]}"));
        }
    }
}
