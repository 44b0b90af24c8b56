using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.Rules;

public class InformationRuleTests
{
    private static QuasiMarket World(double mix = 0.8) => TestWorlds.Create(TestWorlds.Small(areas: 1).Mix(mix).Build()).World;

    private static double Noise(QuasiMarket w, double monitoring, double trust, double memory)
    {
        w.Contracts.Monitoring[0] = monitoring;
        w.Contracts.TrustC[0] = trust;
        w.Areas.Memory[0] = memory;
        return InformationRule.NoiseSd(w, 0);
    }

    [Fact]
    public void Noise_sd_matches_its_equation()
    {
        var w = World();
        // 0.3 x (1 - 0.3 systems) = 0.21 with no monitoring, no trust, full memory.
        Assert.Equal(0.21, Noise(w, 0, 0, 1), 15);
        // Full monitoring removes 60%.
        Assert.Equal(0.21 * 0.4, Noise(w, 1, 0, 1), 15);
        // Full trust at negotiated order 0.74 removes 0.5 x 0.74.
        Assert.Equal(0.21 * (1 - 0.5 * 0.74), Noise(w, 0, 1, 1), 15);
        // All memory lost doubles the noise.
        Assert.Equal(0.42, Noise(w, 0, 0, 0), 15);
        Assert.Equal(0.21 * (1 - 0.6 * 0.5) * (1 - 0.5 * 0.74 * 0.5) / 0.75, Noise(w, 0.5, 0.5, 0.5), 15);
    }

    [Fact]
    public void Noise_sd_shrinks_as_monitoring_rises()
    {
        var w = World();
        var previous = double.PositiveInfinity;
        foreach (var m in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            var sd = Noise(w, m, 0.5, 1);
            Assert.True(sd < previous, $"monitoring {m}: {sd} not below {previous}");
            previous = sd;
        }
    }

    [Fact]
    public void Noise_sd_shrinks_with_trust_under_negotiated_order()
    {
        var w = World();
        Assert.True(Noise(w, 0.3, 0.9, 1) < Noise(w, 0.3, 0.2, 1));
    }

    [Fact]
    public void Noise_sd_shrinks_with_negotiated_order_at_the_same_trust()
    {
        var relational = World(0.9);
        var transactional = World(0.1);
        Assert.True(Noise(relational, 0.3, 0.7, 1) < Noise(transactional, 0.3, 0.7, 1));
        // At zero trust sharing removes nothing, whatever the negotiated order.
        Assert.Equal(Noise(transactional, 0.3, 0, 1), Noise(relational, 0.3, 0, 1), 15);
    }

    [Fact]
    public void Noise_sd_grows_as_memory_is_lost()
    {
        var w = World();
        var previous = 0.0;
        foreach (var memory in new[] { 1.0, 0.75, 0.5, 0.25, 0.0 })
        {
            var sd = Noise(w, 0.3, 0.5, memory);
            Assert.True(sd > previous, $"memory {memory}: {sd} not above {previous}");
            previous = sd;
        }
    }

    [Theory]
    [InlineData("agency", 1.5)]
    [InlineData("stewardship", 0.6)]
    [InlineData("resource_dependency", 1.0)]
    [InlineData("stakeholder", 1.0)]
    public void Monitoring_is_managerial_and_juridical_weight_times_the_stance_multiplier(string stance, double multiplier)
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Stance(stance).Build()).World;
        // Mix 0.8: managerial performance 0.74, juridical governance 0.26.
        Assert.Equal(Math.Min(1, (0.7 * 0.74 + 0.3 * 0.26) * multiplier), InformationRule.Monitoring(w, 0), 15);
    }

    [Fact]
    public void Run_performs_a_normal_normal_belief_update()
    {
        var w = World();
        var k = w.Contracts;
        var prior = k.BeliefQ.ToArray();
        var priorVar = k.BeliefVar.ToArray();
        InformationRule.Run(w, 3);
        for (var c = 0; c < k.Count; c++)
        {
            var sd = InformationRule.NoiseSd(w, c);
            var v = priorVar[c] + w.P.Information.BeliefDrift;
            var gain = v / (v + sd * sd);
            Assert.Equal((1 - gain) * v, k.BeliefVar[c], 15);
            Assert.Equal(prior[c] + gain * (k.Observed[c] - prior[c]), k.BeliefQ[c], 15);
            Assert.Equal(k.BeliefQ[c] - prior[c], k.Surprise[c], 15);
            Assert.True(k.BeliefVar[c] < v);
            Assert.Equal(Stance.Stewardship, k.Stance[c]);
        }
    }

    [Fact]
    public void Contingent_switching_puts_a_believed_failing_contract_under_agency()
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Set("commissioning", "contingent_switching", true).Build()).World;
        var k = w.Contracts;
        k.BeliefQ[0] = 0.1;
        k.BeliefQ[1] = 0.9;
        k.DeliveredQuality[0] = 0.1;
        k.DeliveredQuality[1] = 0.9;
        InformationRule.Run(w, 0);
        Assert.Equal(Stance.Agency, k.Stance[0]);
        Assert.Equal(Stance.Stewardship, k.Stance[1]);
        Assert.Equal(Math.Min(1, (0.7 * 0.74 + 0.3 * 0.26) * 1.5), k.Monitoring[0], 15);
    }
}
