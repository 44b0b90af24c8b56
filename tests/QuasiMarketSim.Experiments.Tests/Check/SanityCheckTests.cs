using QuasiMarketSim.Experiments.Calibration;
using QuasiMarketSim.Experiments.Check;
using QuasiMarketSim.Experiments.Replications;

namespace QuasiMarketSim.Experiments.Tests.Check;

public class SanityCheckTests
{
    [Fact]
    public void The_relational_baseline_tenders_nothing_while_the_observed_tendering_sits_with_the_transactional_repertoire()
    {
        // Tenders come only from the appraisal (no policy draw): the relational three-PCT baseline finds none worth its
        // costs, below the ~6% of awards CCGs tendered under the 2012 Act's competition rules; the transactional
        // repertoire lands within both tendering intervals. Every other target is within its interval in both.
        using var dir = new TempFolder();
        var (_, baseline) = SanityCheck.Execute(new ReplicationRequest(RepoPaths.Scenario("baseline"), [], 10, Threads: 2, OutputDirectory: dir.Sub("b")));
        Assert.Equal(CalibrationTargets.All.Select(t => t.Name), baseline.Select(t => t.Target.Name));
        var tendering = baseline.Where(t => t.Target.Name.StartsWith("tendered_", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, tendering.Count);
        Assert.All(tendering, t => Assert.Equal(0.0, t.Model.Mean));
        Assert.All(tendering, t => Assert.False(t.Within));
        Assert.All(baseline.Except(tendering), t => Assert.True(t.Within, $"{t.Target.Name}: {t.Model.Mean:P1} outside {t.Target.Low:P1}-{t.Target.High:P1}"));
        // The figures the README quotes: transaction costs about 4.0% of spend, vacancies about 9.7%, leavers 12.3% a year.
        double Model(IReadOnlyList<TargetCheck> checks, string name) => checks.Single(t => t.Target.Name == name).Model.Mean;
        Assert.InRange(Model(baseline, "transaction_cost_share"), 0.038, 0.042);
        Assert.InRange(Model(baseline, "staff_vacancy_rate"), 0.094, 0.1);
        Assert.InRange(Model(baseline, "staff_leaver_rate"), 0.122, 0.124);
        // Provider changes: well under 1% a service area a year, against the study's one in 11 service-area-years; at the
        // baseline's rate one change or more in 11 service-area-years has a chance of only a few per cent (Poisson).
        var switching = Model(baseline, "provider_switching");
        Assert.InRange(switching, 0.001, 0.01);
        Assert.InRange(1 - Math.Exp(-11 * switching), 0.01, 0.06);
        var (_, transactional) = SanityCheck.Execute(new ReplicationRequest(RepoPaths.Scenario("transactional"), [], 10, Threads: 2, OutputDirectory: dir.Sub("t")));
        Assert.All(transactional, t => Assert.True(t.Within, $"transactional {t.Target.Name}: {t.Model.Mean:P1} outside {t.Target.Low:P1}-{t.Target.High:P1}"));
        // About 3% of awards and 2% of spend tendered.
        Assert.InRange(Model(transactional, "tendered_award_share"), 0.02, 0.04);
        Assert.InRange(Model(transactional, "tendered_spend_share"), 0.01, 0.025);
    }
}
