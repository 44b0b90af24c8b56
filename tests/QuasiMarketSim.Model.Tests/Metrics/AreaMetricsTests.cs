using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Model.Tests.Metrics;

/// <summary>A world of areas with their own repertoires, shocks included, as a generated test case.</summary>
internal sealed record AreaCase(ulong Seed, (double Mix, string Stance)[] Areas, int PerRegion, int Lots, EventCase[] Events)
{
    public ScenarioInput Build()
    {
        var b = TestWorlds.Small(areas: Areas.Length, practices: 4, patients: 40, ticks: 36)
            .Set("world", "commissioners_per_region", (long)PerRegion)
            .Set("world", "lots_per_line", (long)Lots);
        for (var a = 0; a < Areas.Length; a++) b.Area($"area{a}", a, 1, ("relational_mix", Areas[a].Mix), ("stance", Areas[a].Stance));
        foreach (var e in Events) b.Event(e.Tick, e.Type, e.Magnitude, e.Duration, e.Commissioner, e.Line);
        return b.Build();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"seed={Seed} areas=[{string.Join(", ", Areas.Select(a => $"{a.Mix}/{a.Stance}"))}] perRegion={PerRegion} lots={Lots} events=[{string.Join(", ", Events.Select(e => e.ToString()))}]");

    public static Arbitrary<AreaCase> Arbitrary() =>
        (from hi in Gen.Choose(0, int.MaxValue)
         from n in Gen.Choose(1, 5)
         from mixes in Gen.Choose(0, 100).Select(x => x / 100.0).ArrayOf(n)
         from stances in Gen.Elements(Specs.EnumNames.Of<Stance>().ToArray()).ArrayOf(n)
         from perRegion in Gen.Choose(1, 3)
         from lots in Gen.Choose(1, 2)
         from count in Gen.Choose(0, 4)
         from events in (from tick in Gen.Choose(0, 35)
                         from type in Gen.Elements(ScheduledEvent.KindNames.ToArray())
                         from magnitude in Gen.Choose(0, 100).Select(x => x / 100.0)
                         from area in Gen.Choose(-1, n - 1)
                         select new EventCase(tick, type, magnitude, 12, area, null)).ArrayOf(count)
         select new AreaCase((ulong)hi, [.. mixes.Zip(stances)], perRegion, lots, events)).ToArbitrary();
}

public class AreaMetricsTests
{
    private static bool Close(double parts, double whole) => Math.Abs(parts - whole) <= 1e-9 * Math.Max(1, Math.Abs(whole));

    /// <summary>
    /// Checks every recorded month: counts add up exactly, money within rounding, and patient- or contract-weighted
    /// means, means over areas and the transaction-cost share recombine into the overall metric.
    /// </summary>
    private static void AssertAreasMakeTheWhole(Simulation sim)
    {
        var areas = sim.AreaResults!;
        var table = sim.Results;
        Assert.Equal(table.Rows.Count, areas.Ticks);
        int Col(string name) => areas.Metrics.Select(m => m.Name).ToList().IndexOf(name);
        for (var t = 0; t < areas.Ticks; t++)
        {
            double Sum(string name) => Enumerable.Range(0, areas.AreaCount).Sum(a => areas.Row(t, a)[Col(name)]);
            double Weighted(string name, string weight) =>
                Enumerable.Range(0, areas.AreaCount).Sum(a => areas.Row(t, a)[Col(name)] * areas.Row(t, a)[Col(weight)]) / Sum(weight);
            double Whole(string name) => table.Rows[t][table.IndexOf(name)];
            void Exact(string name) => Assert.True(Sum(name) == Whole(name), $"month {t}, {name}: areas {Sum(name):R}, whole {Whole(name):R}");
            void Near(string name, double parts) => Assert.True(Close(parts, Whole(name)), $"month {t}, {name}: areas {parts:R}, whole {Whole(name):R}");

            Assert.Equal(sim.PatientCount, Sum("patients"));
            Assert.Equal(sim.ContractCount, Sum("contracts"));
            foreach (var count in new[] { "tenders", "switches", "unplanned_admissions", "unmet_demand" }) Exact(count);
            foreach (var money in new[] { "spend", "tc_ex_ante", "tc_ex_post", "admission_spend", "commissioner_cost" }) Near(money, Sum(money));
            foreach (var mean in new[] { "quality_true_mean", "admissions_per_1000", "unmet_share" }) Near(mean, Weighted(mean, "patients"));
            Near("trust_mean", Weighted("trust_mean", "contracts"));
            Near("relational_mix", Sum("relational_mix") / areas.AreaCount);
            Near("innovation_adoption", Sum("innovation_adoption") / areas.AreaCount);
            var tc = Sum("tc_ex_ante") + Sum("tc_ex_post");
            Near("tc_share_of_spend", tc + Sum("spend") > 0 ? tc / (tc + Sum("spend")) : 0);
        }
    }

    [Property(MaxTest = 40)]
    public Property Per_area_outputs_sum_to_the_whole_for_random_worlds() =>
        Prop.ForAll(AreaCase.Arbitrary(), c =>
        {
            var sim = TestWorlds.Create(c.Build(), c.Seed, perArea: true);
            sim.Run();
            AssertAreasMakeTheWhole(sim);
        });

    [Fact]
    public void Per_area_outputs_sum_to_the_whole_in_a_market_that_tenders_and_switches()
    {
        // Transactional areas under a mandate to tender, with an entrant and a failure: tenders and switches happen.
        var input = TestWorlds.Small(areas: 3, practices: 6, patients: 50, ticks: 48)
            .Mix(0.2).Stance("agency").Set("world", "lots_per_line", 2L)
            .Area("relational", 0, 1, ("relational_mix", 0.9), ("stance", "stewardship"))
            .Event(2, "mandate_to_tender", 0.5, 36)
            .Event(12, "entrant_arrival", 0.5, 12, 1)
            .Event(20, "provider_failure", 0.5, 12, 2)
            .Build();
        var sim = TestWorlds.Create(input, seed: 3, perArea: true);
        sim.Run();
        Assert.True(sim.Results.Column("tenders").Sum() > 0);
        Assert.True(sim.Results.Column("switches").Sum() > 0);
        AssertAreasMakeTheWhole(sim);
    }

    [Fact]
    public void Recording_per_area_metrics_leaves_the_run_unchanged_and_is_the_same_at_any_thread_count()
    {
        var input = TestWorlds.Small(areas: 3, practices: 40, patients: 20, ticks: 24, warmup: 3)
            .Area("transactional", 1, 2, ("relational_mix", 0.2), ("stance", "agency"))
            .Event(5, "mandate_to_tender", 0.5, 12)
            .Build();
        var plain = TestWorlds.Create(input, seed: 11).Run();
        var one = TestWorlds.Create(input, seed: 11, threads: 1, perArea: true);
        var two = TestWorlds.Create(input, seed: 11, threads: 2, perArea: true);
        var rows = one.Run();
        two.Run();
        for (var r = 0; r < plain.Rows.Count; r++) Assert.Equal(plain.Rows[r], rows.Rows[r]);
        Assert.Equal(24, one.AreaResults!.Ticks);
        for (var t = 0; t < 24; t++)
        {
            for (var a = 0; a < 3; a++) Assert.Equal(one.AreaResults.Row(t, a).ToArray(), two.AreaResults!.Row(t, a).ToArray());
        }
    }

    [Fact]
    public void Areas_are_named_by_the_element_that_sets_them_and_report_their_own_repertoire()
    {
        var sim = TestWorlds.Create(TestWorlds.Small(areas: 4, ticks: 2).Area("pair", 1, 2, ("relational_mix", 0.3)).Build(), perArea: true);
        sim.Run();
        var areas = sim.AreaResults!;
        Assert.Equal(["", "pair", "pair", ""], areas.Names);
        Assert.Equal(AreaCatalog.Metrics, areas.Metrics);
        var mix = AreaCatalog.Metrics.Select(m => m.Name).ToList().IndexOf("relational_mix");
        Assert.Equal([0.8, 0.3, 0.3, 0.8], Enumerable.Range(0, 4).Select(a => areas.Row(1, a)[mix]));
        Assert.Null(TestWorlds.Create(TestWorlds.Small().Build()).AreaResults);
    }

    [Fact]
    public void A_recorded_month_allocates_nothing_with_per_area_metrics()
    {
        var input = TestWorlds.Small(areas: 3, ticks: 40).Area("market", 2, 1, ("relational_mix", 0.2)).Build();
        long Allocated(bool perArea)
        {
            using var sim = TestWorlds.Create(input, seed: 2, perArea: perArea);
            sim.Step(20); // every path warmed up (and compiled)
            var before = GC.GetAllocatedBytesForCurrentThread();
            sim.Step(20);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Allocated(true);
        Assert.Equal(0, Allocated(false));
        Assert.Equal(0, Allocated(true));
    }
}
