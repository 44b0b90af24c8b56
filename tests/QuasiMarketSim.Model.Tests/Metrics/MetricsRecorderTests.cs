using QuasiMarketSim.Core.Statistics;
using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Model.Tests.Metrics;

public class MetricsRecorderTests
{
    [Fact]
    public void Columns_are_the_core_set_then_per_line_then_per_category()
    {
        var sim = TestWorlds.Create(TestWorlds.Small().Build());
        var names = sim.Metrics.Select(m => m.Name).ToArray();
        // Seven per line (six conditions and quality) for three lines, one vacancy rate per category.
        Assert.Equal(MetricCatalog.Core.Count + 7 * 3 + 3, names.Length);
        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.Equal(names, sim.Results.Columns);
        Assert.Equal(MetricCatalog.Core.Select(m => m.Name), names.Take(MetricCatalog.Core.Count));
        Assert.Equal("blg_competitiveness_diabetes", names[MetricCatalog.Core.Count]);
        Assert.Equal("quality_true_mean_diabetes", names[MetricCatalog.Core.Count + 6]);
        Assert.Equal("staff_vacancy_rate_mental_health_nurses", names[^1]);
    }

    [Fact]
    public void The_initial_world_reports_its_known_values()
    {
        // 2 areas x 4 practices x 60 patients: lines get 33, 9 and 18 patients per practice.
        var sim = TestWorlds.Create(TestWorlds.Small().Build());
        var w = sim.World;
        var recorder = new MetricsRecorder(w);
        var row = new double[recorder.Metrics.Count];
        recorder.Compute(row);
        double Get(string name) => row[sim.Results.IndexOf(name)];

        Assert.Equal(0.45 + 0.25 * 0.8, Get("trust_mean"), 15);
        Assert.Equal(0.45 + 0.25 * 0.8, Get("trust_p10"), 15);
        // Community trust holds diabetes and stroke (132 + 36 patients), the mental health trust dementia (72).
        Assert.Equal(0.7 * 0.7 + 0.3 * 0.3, Get("hhi"), 12);
        Assert.Equal(2 * 4, Get("active_providers"));
        Assert.Equal(0.1, Get("staff_vacancy_rate"), 12);
        Assert.Equal(0.1, Get("staff_vacancy_rate_stroke_therapists"), 12);
        Assert.Equal(w.Providers.Employed.Sum(), Get("staff_employed"), 9);
        Assert.Equal(0.0, Get("tenders"));
        Assert.Equal(0.0, Get("spend"));
        Assert.Equal(0.35, Get("parcelability_diabetes"));
        Assert.Equal((0.55 * 0.35 + 0.15 * 0.3 + 0.3 * 0.4) / 1.0, Get("parcelability"), 12);
        // Competitiveness: 3 other local providers able to deliver diabetes care + the holder (outside bidders not counted).
        Assert.Equal(1 - 1 / 4.0, Get("blg_competitiveness_diabetes"), 12);
    }

    [Fact]
    public void Rows_report_the_state_after_each_tick()
    {
        var sim = TestWorlds.Create(TestWorlds.Small(ticks: 5).Mix(0.2).Build(), seed: 3);
        for (var t = 0; t < 5; t++)
        {
            sim.Step(1);
            var w = sim.World;
            var k = w.Contracts;
            double Get(string name) => sim.Results.Rows[^1][sim.Results.IndexOf(name)];
            Assert.Equal(k.TrustC.Average(), Get("trust_mean"), 14);
            Assert.Equal(k.TrustP.Average(), Get("trust_provider_mean"), 14);
            Assert.Equal(Quantile.OfInPlace(k.TrustC.ToArray(), 0.1), Get("trust_p10"), 14);
            Assert.Equal(k.Payment.Sum(), Get("spend"), 6);
            Assert.Equal(k.ExPost.Sum(), Get("tc_ex_post"), 6);
            Assert.Equal(k.Admissions.Sum(), Get("unplanned_admissions"));
            Assert.Equal(k.Admissions.Sum() * 1000.0 / w.Patients.Count, Get("admissions_per_1000"), 12);
            Assert.Equal(w.Patients.Severity.Sum(s => (double)s) / w.Patients.Count, Get("severity_mean"), 6);
            Assert.Equal(w.Flows.Penalties, Get("penalties"));
            var spend = Get("spend");
            var tc = Get("tc_ex_ante") + Get("tc_ex_post");
            Assert.Equal(tc / (spend + tc), Get("tc_share_of_spend"), 12);
        }
    }

    [Fact]
    public void Blg_information_stays_in_the_unit_interval_after_memory_is_lost()
    {
        var sim = TestWorlds.Create(TestWorlds.Small(ticks: 6).Event(3, "structural_reform", magnitude: 1.0).Build(), seed: 1);
        sim.Run();
        Assert.All(sim.Results.Column("blg_information"), v => Assert.InRange(v, 0.0, 1.0));
    }
}
