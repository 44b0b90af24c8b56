using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Mechanisms;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.World;

/// <summary>The scenario's "areas" list reaches the world: each area's commissioner starts as its element says.</summary>
public class AreaOverrideWorldTests
{
    private static ScenarioBuilder ThreeStyles() => TestWorlds.Small(areas: 3)
        .Area("relational", first: 0, count: 1, ("relational_mix", 0.9), ("stance", "stewardship"))
        .Area("transactional", first: 2, count: 1, ("relational_mix", 0.2), ("stance", "agency"), ("budget_headroom", 1.2));

    [Fact]
    public void Each_area_starts_with_its_own_mix_stance_weights_and_initial_trust()
    {
        var w = TestWorlds.Create(ThreeStyles().Build()).World;
        Assert.Equal([0.9, 0.8, 0.2], w.Areas.Mix);
        Assert.Equal([Stance.Stewardship, Stance.Stewardship, Stance.Agency], w.Areas.Stance);
        // Provider competition: 0.1 + 0.8 x (1 - mix).
        Assert.Equal(0.1 + 0.8 * 0.1, w.Areas.W(0, Medium.ProviderCompetition), 15);
        Assert.Equal(0.1 + 0.8 * 0.2, w.Areas.W(1, Medium.ProviderCompetition), 15);
        Assert.Equal(0.1 + 0.8 * 0.8, w.Areas.W(2, Medium.ProviderCompetition), 15);
        var k = w.Contracts;
        for (var c = 0; c < k.Count; c++)
        {
            var mix = w.Areas.Mix[k.Area[c]];
            // Both sides' trust: 0.45 + (0.7 - 0.45) x the area's mix.
            Assert.Equal(0.45 + 0.25 * mix, k.TrustC[c], 15);
            Assert.Equal(0.45 + 0.25 * mix, k.TrustP[c], 15);
            Assert.Equal(w.Areas.Stance[k.Area[c]], k.Stance[c]);
        }
    }

    [Fact]
    public void An_areas_budget_headroom_scales_its_first_budget()
    {
        var plain = TestWorlds.Create(TestWorlds.Small(areas: 3).Build()).World;
        var w = TestWorlds.Create(ThreeStyles().Build()).World;
        // The first budget is (contract value + expected admission cost) x the area's headroom: 1.2 for the
        // transactional area, the section's 1.05 elsewhere; an area the list leaves alone is built as without it.
        Assert.Equal(plain.Areas.Budget[1], w.Areas.Budget[1]);
        Assert.Equal(1.2 * ExpectedCover(w, 2), w.Areas.Budget[2], 6);
        Assert.Equal(1.05 * ExpectedCover(w, 0), w.Areas.Budget[0], 6);
    }

    [Fact]
    public void Learning_rederives_only_the_weights_the_area_does_not_fix()
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 2).Set("commissioning", "learning_rate", 1.0)
            .Area("fixed", first: 1, count: 1, ("negotiated_order", 0.3)).Build()).World;
        var a = w.Areas;
        (a.RelationalReturn[1], a.RelationalJudged[1], a.MarketReturn[1], a.MarketJudged[1]) = (0.0, 1, 0.2, 1);
        Repertoire.Learn(w, 1);
        Assert.Equal(0.8 - 0.2, a.Mix[1], 12);
        Assert.Equal(0.3, a.W(1, Medium.NegotiatedOrder));
        Assert.Equal(0.1 + 0.8 * 0.6, a.W(1, Medium.IdeologicalControl), 12);
        Assert.Equal(0.1 + 0.8 * 0.8, a.W(0, Medium.NegotiatedOrder), 12);
    }

    [Fact]
    public void An_areas_capacity_limits_its_own_reviews()
    {
        // Area 1 may do no review work: its expiring contracts roll over unreviewed (their age never restarts), while
        // area 0 reviews, renews or re-lets every contract at least once in four years of 36-month contracts.
        var input = TestWorlds.Small(areas: 2, ticks: 48).Area("none", first: 1, count: 1, ("capacity_per_cycle", 0.0)).Build();
        var sim = TestWorlds.Create(input);
        var k = sim.World.Contracts;
        var ageAtStart = k.Age.ToArray();
        sim.Run();
        for (var c = 0; c < k.Count; c++)
        {
            if (k.Area[c] == 1) Assert.Equal(ageAtStart[c] + 48, k.Age[c]);
            else Assert.True(k.Age[c] < ageAtStart[c] + 48, $"contract {c} of area 0 was never reviewed");
        }
    }

    [Fact]
    public void An_areas_list_that_restates_the_defaults_changes_nothing()
    {
        var plain = TestWorlds.Create(TestWorlds.Small(areas: 3).Build(), seed: 4).Run();
        var restated = TestWorlds.Create(TestWorlds.Small(areas: 3)
            .Area("all", first: 0, count: 3, ("relational_mix", 0.8), ("stance", "stewardship"), ("capacity_per_cycle", 4.0), ("budget_headroom", 1.05))
            .Build(), seed: 4).Run();
        Assert.Equal(plain.Rows.Count, restated.Rows.Count);
        for (var r = 0; r < plain.Rows.Count; r++) Assert.Equal(plain.Rows[r], restated.Rows[r]);
    }

    /// <summary>What an area's first budget covers: its contracts' monthly value and the admissions expected of its patients.</summary>
    private static double ExpectedCover(QuasiMarket w, int a)
    {
        var k = w.Contracts;
        var cover = 0.0;
        for (var c = w.Areas.ContractStart[a]; c < w.Areas.ContractStart[a + 1]; c++) cover += k.MonthlyValue(c);
        for (var cell = 0; cell < w.Cells.Contract.Length; cell++)
        {
            var c = w.Cells.Contract[cell];
            if (k.Area[c] != a) continue;
            for (var j = w.Cells.PatientStart[cell]; j < w.Cells.PatientStart[cell + 1]; j++)
            {
                var hazard = w.AdmissionHazardBySeverity[(int)(Math.Min(w.Patients.Severity[j], 1f) * QuasiMarket.HazardTableSize)];
                cover += hazard * (1 - 0.35 * k.DeliveredQuality[c] * w.Patients.Adherence[j]) * 1590;
            }
        }
        return cover;
    }
}
