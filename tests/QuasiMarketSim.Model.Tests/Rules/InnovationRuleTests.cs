using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.Rules;

public class InnovationRuleTests
{
    private static QuasiMarket World(string stance = "stewardship")
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Stance(stance).Build()).World;
        Array.Fill(w.Contracts.TrustC, 0.5);
        Array.Fill(w.Contracts.Challenge, 0.5);
        return w;
    }

    [Fact]
    public void Nothing_adopted_at_the_start_by_default()
    {
        var w = World();
        Assert.Equal(0.0, InnovationRule.AdoptedShare(w, 0));
        // Only external influence: p / 12.
        Assert.Equal(0.03 / 12, InnovationRule.MonthlyHazard(w, 0), 15);
    }

    [Fact]
    public void Monthly_hazard_is_the_bass_hazard_with_trust_and_challenge_on_imitation()
    {
        var w = World();
        w.Providers.Adopted[0] = w.Providers.Adopted[1] = true; // 2 of 4 practices
        Assert.Equal(0.5, InnovationRule.AdoptedShare(w, 0));
        // Trust 0.5 and challenge 0.5 make both multipliers 1.
        Assert.Equal((0.03 + 0.38 * 0.5) / 12, InnovationRule.MonthlyHazard(w, 0), 15);
        Array.Fill(w.Contracts.TrustC, 0.8);
        Array.Fill(w.Contracts.Challenge, 0.7);
        Assert.Equal((0.03 + 0.38 * 1.6 * Math.Sqrt(1.2) * 0.5) / 12, InnovationRule.MonthlyHazard(w, 0), 15);
    }

    [Fact]
    public void An_adopting_partner_or_resource_dependency_raises_external_influence()
    {
        var w = World();
        w.Providers.Adopted[w.Contracts.Provider[0]] = true;
        Assert.Equal(3 * 0.03 / 12, InnovationRule.MonthlyHazard(w, 0), 15);
        var rd = World("resource_dependency");
        Assert.Equal(2 * 0.03 / 12, InnovationRule.MonthlyHazard(rd, 0), 15);
    }

    [Fact]
    public void Adoption_never_reverses_and_spreads_over_a_decade()
    {
        var sim = TestWorlds.Create(TestWorlds.Small(areas: 2, practices: 10, ticks: 120).Build(), seed: 2);
        var previous = 0.0;
        for (var t = 0; t < 120; t++)
        {
            sim.Step(1);
            var share = sim.Results.Column("innovation_adoption")[^1];
            Assert.True(share >= previous);
            previous = share;
        }
        Assert.True(previous > 0.2, $"only {previous} adopted after ten years");
    }

    [Fact]
    public void Adoption_in_the_first_month_is_independent_of_the_initial_adoption_draw()
    {
        var input = TestWorlds.Small(areas: 3, practices: 40, patients: 10, ticks: 3)
            .Set("market", "initial_adoption", 0.5).Set("market", "bass_p", 5.0).Build();
        var sim = TestWorlds.Create(input, seed: 1);
        var pr = sim.World.Providers;
        int Adopted() => Enumerable.Range(0, pr.Area.Length).Count(i => pr.Kind[i] == ProviderKind.GpPractice && pr.Adopted[i]);
        var before = Adopted();
        var hazard = InnovationRule.MonthlyHazard(sim.World, 0);
        Assert.InRange(1 - Math.Exp(-hazard), 0.3, 0.4);
        sim.Step(1);
        // Binomial(49, ~0.35): expect about 17 new adopters; 5 is more than 3 sd below.
        Assert.True(Adopted() - before >= 5, $"{Adopted() - before} of {120 - before} non-adopters adopted in tick 0");
    }
}
