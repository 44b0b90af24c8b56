using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.World;

public class WorldBuilderTests
{
    [Theory]
    [InlineData(600, new[] { 0.55, 0.15, 0.3 }, new[] { 330, 90, 180 })]
    [InlineData(10, new[] { 1.0, 1.0, 1.0 }, new[] { 4, 3, 3 })]
    [InlineData(11, new[] { 1.0, 1.0, 1.0 }, new[] { 4, 4, 3 })]
    [InlineData(7, new[] { 0.5, 0.25, 0.25 }, new[] { 3, 2, 2 })] // remainders 0.5, 0.75, 0.75
    [InlineData(1, new[] { 0.55, 0.15, 0.3 }, new[] { 1, 0, 0 })]
    [InlineData(0, new[] { 1.0, 2.0 }, new[] { 0, 0 })]
    [InlineData(5, new[] { 3.0 }, new[] { 5 })]
    public void SplitByShare_known_values(int total, double[] weights, int[] expected)
    {
        Assert.Equal(expected, WorldBuilder.SplitByShare(total, weights));
    }

    private static Arbitrary<(int Total, double[] Weights)> Splits =>
        (from total in Gen.Choose(0, 1_000_000)
         from n in Gen.Choose(1, 12)
         from weights in Gen.Choose(1, 100_000).Select(x => x / 1000.0).ArrayOf(n)
         select (total, weights)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Split_by_share_sums_exactly_and_rounds_each_part_to_a_neighbour_of_its_share() =>
        Prop.ForAll(Splits, x =>
        {
            var parts = WorldBuilder.SplitByShare(x.Total, x.Weights);
            var sum = x.Weights.Sum();
            return parts.Sum() == x.Total
                && parts.Select((p, i) => (p, exact: x.Total * x.Weights[i] / sum)).All(t => t.p >= 0 && Math.Abs(t.p - t.exact) < 1);
        });

    [Fact]
    public void The_default_world_has_the_documented_shape()
    {
        var sim = Simulation.Create(ScenarioInput.Defaults(), 1);
        var w = sim.World;
        Assert.Equal(3, w.AreaCount);
        // Per area: 1 acute + 1 community + 1 mental health + 8 practices + 0 private + 1 voluntary + 3 entrant slots.
        Assert.Equal(3 * 15, sim.ProviderSlots);
        Assert.Equal(3 * 3, sim.ContractCount);
        Assert.Equal(3 * 8 * 3, w.Cells.Count);
        Assert.Equal(3 * 8 * 600, sim.PatientCount);
        Assert.Equal([330 * 8, 90 * 8, 180 * 8], w.Contracts.Patients.Take(3));
        Assert.Equal(3 * 3, w.Providers.Alive.Count(a => !a)); // three entrant slots per area
        Assert.Equal(132, sim.TotalTicks);
    }

    [Fact]
    public void Initial_staff_money_and_trust_follow_the_parameters()
    {
        var w = Simulation.Create(ScenarioInput.Defaults(), 1).World;
        var pr = w.Providers;
        var k = w.Contracts;
        for (var i = 0; i < pr.Employed.Length; i++) Assert.Equal(0.9 * pr.Needed[i], pr.Employed[i], 12);
        for (var a = 0; a < w.AreaCount; a++)
        {
            var value = 0.0;
            for (var c = w.Areas.ContractStart[a]; c < w.Areas.ContractStart[a + 1]; c++) value += k.MonthlyValue(c);
            // The first budget covers the contracts and the admissions expected of the patients as built, with 5% headroom.
            var admissions = 0.0;
            for (var cell = 0; cell < w.Cells.Contract.Length; cell++)
            {
                var c = w.Cells.Contract[cell];
                if (k.Area[c] != a) continue;
                for (var j = w.Cells.PatientStart[cell]; j < w.Cells.PatientStart[cell + 1]; j++)
                {
                    var hazard = w.AdmissionHazardBySeverity[(int)(Math.Min(w.Patients.Severity[j], 1f) * QuasiMarket.HazardTableSize)];
                    admissions += hazard * (1 - 0.35 * k.DeliveredQuality[c] * w.Patients.Adherence[j]) * 1590;
                }
            }
            Assert.True(admissions > 0);
            Assert.Equal(1.05 * (value + admissions), w.Areas.Budget[a], 6);
            Assert.Equal(0.0, w.Areas.Balance[a]);
            Assert.InRange(w.Areas.CycleMonth[a], 0, 11);
        }
        // Initial trust interpolates between transactional 0.45 and relational 0.7 at mix 0.8.
        Assert.All(k.TrustC, t => Assert.Equal(0.45 + 0.25 * 0.8, t, 15));
        Assert.All(k.TrustP, t => Assert.Equal(0.45 + 0.25 * 0.8, t, 15));
        // Incumbents: community trust for diabetes and stroke, mental health trust for dementia.
        Assert.Equal(ProviderKind.CommunityTrust, pr.Kind[k.Provider[0]]);
        Assert.Equal(ProviderKind.CommunityTrust, pr.Kind[k.Provider[1]]);
        Assert.Equal(ProviderKind.MentalHealthTrust, pr.Kind[k.Provider[2]]);
        // Reserves: two months of revenue.
        var revenue = new double[pr.Area.Length];
        for (var c = 0; c < k.Count; c++) revenue[k.Provider[c]] += k.MonthlyValue(c);
        for (var i = 0; i < pr.Area.Length; i++) Assert.Equal(2 * revenue[i], pr.Reserves[i], 9);
    }

    [Fact]
    public void Cells_cover_every_patient_once_in_order()
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 2, practices: 5, patients: 37).Set("world", "lots_per_line", 2L).Build()).World;
        var cells = w.Cells;
        Assert.Equal(0, cells.PatientStart[0]);
        Assert.Equal(w.Patients.Count, cells.PatientStart[cells.Count]);
        for (var i = 0; i < cells.Count; i++)
        {
            Assert.True(cells.PatientStart[i + 1] >= cells.PatientStart[i]);
            Assert.Equal(w.Contracts.Area[cells.Contract[i]], w.Providers.Area[cells.Practice[i]]);
            Assert.Equal(ProviderKind.GpPractice, w.Providers.Kind[cells.Practice[i]]);
        }
        // Two lots per line: practices 0-2 in lot 0, 3-4 in lot 1.
        Assert.Equal(2 * 3 * 2, w.Contracts.Count);
        Assert.Equal(3 * 20, w.Contracts.Patients[0]); // diabetes lot 0: 3 practices x 20 (SplitByShare(37) = 20, 6, 11)
        Assert.Equal(2 * 20, w.Contracts.Patients[1]);
    }

    [Fact]
    public void Build_is_a_pure_function_of_input_and_seed()
    {
        var a = Simulation.Create(ScenarioInput.Defaults(), 99).World;
        var b = Simulation.Create(ScenarioInput.Defaults(), 99).World;
        var c = Simulation.Create(ScenarioInput.Defaults(), 100).World;
        Assert.Equal(a.Patients.Severity, b.Patients.Severity);
        Assert.Equal(a.Providers.Quality, b.Providers.Quality);
        Assert.Equal(a.Contracts.BeliefQ, b.Contracts.BeliefQ);
        Assert.NotEqual(a.Patients.Severity, c.Patients.Severity);
        Assert.NotEqual(a.Providers.Quality, c.Providers.Quality);
    }

    [Theory]
    [InlineData(1L, 1L, 1L)] // every kind present: each line goes to its incumbent kind
    [InlineData(0L, 1L, 1L)] // no community trust: diabetes and stroke fall back to an acute trust, which may deliver them
    [InlineData(1L, 1L, 0L)] // no mental health trust: dementia falls back to the community trust
    public void Every_contract_starts_with_its_incumbent_kind_or_a_kind_able_to_deliver_it(long community, long acute, long mental)
    {
        var input = TestWorlds.Small()
            .Set("world", "community_trusts", community).Set("world", "acute_trusts", acute).Set("world", "mental_health_trusts", mental)
            .Build();
        Assert.Empty(input.CrossCheck());
        var sim = TestWorlds.Create(input);
        var w = sim.World;
        for (var c = 0; c < w.Contracts.Count; c++)
        {
            var line = w.Lines[w.Contracts.Line[c]];
            var kind = w.Providers.Kind[w.Contracts.Provider[c]];
            Assert.True(kind == line.Incumbent || line.DeliverableBy(kind), $"contract {c} ({line.Name}) held by a {kind}");
            Assert.Equal(kind == line.Incumbent, input.StartingProviders()[(int)line.Incumbent] > 0);
        }
    }
}
