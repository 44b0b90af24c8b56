using QuasiMarketSim.Model.Mechanisms;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.Mechanisms;

public class ProviderEffortTests
{
    /// <summary>A one-area world with base effort 0.5, so effort stays inside (0, 1) and is never clamped.</summary>
    private static QuasiMarket World(Func<ScenarioBuilder, ScenarioBuilder>? change = null) =>
        TestWorlds.Create((change ?? (b => b))(TestWorlds.Small(areas: 1).Set("providers", "base_effort", 0.5)).Build()).World;

    private static double Care(QuasiMarket w, int c, double challenge, double trust)
    {
        w.Contracts.Challenge[c] = challenge;
        w.Contracts.TrustC[c] = trust;
        return ProviderEffort.Choose(w, c).Care;
    }

    [Fact]
    public void Care_effort_matches_its_equation()
    {
        var w = World();
        var k = w.Contracts;
        k.TrustP[0] = 0.6;
        // Contract 0 (diabetes) is held by the community trust: finance motivation 0.3, block contract (strength 0.3).
        // Mix 0.8: provider competition, financial incentives 0.26; ideological control 0.74. Stewardship price weight
        // 0.3 + 0.5 x 0.26 - 0.1 = 0.33. Price at tariff covers cost, reserves are positive: no stress.
        Assert.Equal(0.0, ProviderEffort.Stress(w, 0));
        var value = 0.25 * 0.3 * 0.26 * 0.3 + 0.25 * 0.7 * 0.74 * (0.5 + 0.5 * 0.6) + 0.2 * 0.4 - 0.25 * 0.7 * (1 - 0.4);
        var costCutting = 0.2 * 0.3 * 0.26 * 0.33 + 0.3 * 0.2;
        Assert.Equal(0.5 + (value - costCutting) / 1.0, Care(w, 0, challenge: 0.4, trust: 0.7), 12);
    }

    [Fact]
    public void Care_effort_rises_with_challenge_and_falls_with_trust_only_when_challenge_is_low()
    {
        var w = World();
        var previous = double.NegativeInfinity;
        foreach (var challenge in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            var e = Care(w, 0, challenge, trust: 0.6);
            Assert.True(e > previous, $"challenge {challenge}: {e} not above {previous}");
            previous = e;
        }
        Assert.Equal(0.25 * 0.7, Care(w, 0, 0, trust: 0.2) - Care(w, 0, 0, trust: 0.9), 12);
        Assert.Equal(Care(w, 0, 1, trust: 0.2), Care(w, 0, 1, trust: 0.95), 14);
    }

    [Fact]
    public void Higher_effort_aversion_shrinks_every_response()
    {
        var easy = World();
        var hard = World(b => b.Set("providers", "effort_aversion", 4.0));
        Assert.Equal((Care(easy, 0, 0.8, 0.3) - 0.5) / 4, Care(hard, 0, 0.8, 0.3) - 0.5, 12);
    }

    [Fact]
    public void A_price_below_cost_cuts_effort_and_a_price_above_it_does_not_add_any()
    {
        var w = World();
        var atTariff = Care(w, 0, 0.4, 0.5);
        var cost = w.UnitCost(w.Contracts.Provider[0], w.Contracts.Line[0]);
        w.Contracts.Price[0] = 0.8 * cost;
        Assert.Equal(0.3 * 0.2, ProviderEffort.Stress(w, 0), 12);
        Assert.Equal(atTariff - 0.5 * 0.3 * 0.2, Care(w, 0, 0.4, 0.5), 12);
        w.Contracts.Price[0] = 1.5 * cost;
        Assert.Equal(atTariff, Care(w, 0, 0.4, 0.5), 12);
    }

    [Fact]
    public void Empty_reserves_cut_effort_whatever_the_motivation()
    {
        var w = World();
        var provider = w.Contracts.Provider[0];
        w.Providers.FinanceMotivation[provider] = 0;
        var solvent = Care(w, 0, 0.4, 0.5);
        w.Providers.Reserves[provider] = -6 * w.Contracts.MonthlyValue(0);
        Assert.Equal(0.5, ProviderEffort.Stress(w, 0), 12);
        Assert.Equal(solvent - 0.5 * 0.5, Care(w, 0, 0.4, 0.5), 12);
    }

    [Fact]
    public void Price_competition_cuts_the_effort_of_finance_motivated_providers_only()
    {
        var calm = World(b => b.Set("commissioning", "provider_competition", 0.0));
        var priced = World(b => b.Set("commissioning", "provider_competition", 1.0).Set("tendering", "price_weight_max", 1.0));
        foreach (var w in new[] { calm, priced }) w.Providers.FinanceMotivation[w.Contracts.Provider[0]] = 0;
        // Competition also raises challenge through Challenge(); effort here takes challenge as given.
        Assert.Equal(Care(calm, 0, 0.4, 0.5), Care(priced, 0, 0.4, 0.5), 12);
        foreach (var w in new[] { calm, priced }) w.Providers.FinanceMotivation[w.Contracts.Provider[0]] = 1;
        Assert.True(Care(priced, 0, 0.4, 0.5) < Care(calm, 0, 0.4, 0.5) - 0.15);
    }

    [Fact]
    public void Competition_challenges_quality_only_in_so_far_as_tenders_score_quality()
    {
        // Resource dependency: no stance shift of the price weight.
        var quality = World(b => b.Stance("resource_dependency").Set("commissioning", "provider_competition", 1.0).Set("tendering", "price_weight_max", 0.0).Set("tendering", "price_weight_min", 0.0));
        var price = World(b => b.Stance("resource_dependency").Set("commissioning", "provider_competition", 1.0).Set("tendering", "price_weight_max", 1.0).Set("tendering", "price_weight_min", 1.0));
        foreach (var w in new[] { quality, price })
        {
            w.Contracts.Monitoring[0] = 0.5;
            w.Contracts.Stance[0] = w.Areas.Stance[0];
        }
        Assert.Equal(1.0 / 3, ProviderEffort.Challenge(quality, 0) - ProviderEffort.Challenge(price, 0), 12);
    }

    [Fact]
    public void Gaming_pays_only_where_measurement_is_poor()
    {
        var w = World(b => b.Set("commissioning", "financial_incentives", 0.9));
        w.Contracts.Challenge[0] = 0.6;
        var poor = ProviderEffort.Choose(w, 0).Gaming;
        Assert.True(poor > 0);
        var perfect = World(b => b.Set("commissioning", "financial_incentives", 0.9).Set("information", "noise_sd", 0.0));
        perfect.Contracts.Challenge[0] = 0.6;
        Assert.Equal(0.0, ProviderEffort.Choose(perfect, 0).Gaming);
        var off = World(b => b.Set("commissioning", "financial_incentives", 0.9).Set("providers", "gaming_bias", 0.0));
        off.Contracts.Challenge[0] = 0.6;
        Assert.Equal(0.0, ProviderEffort.Choose(off, 0).Gaming);
        var better = World(b => b.Set("commissioning", "financial_incentives", 0.9).Set("commissioning", "information_systems", 0.8));
        better.Contracts.Challenge[0] = 0.6;
        Assert.True(ProviderEffort.Choose(better, 0).Gaming < poor);
    }

    [Fact]
    public void Effort_and_gaming_raise_unit_cost_by_their_cost_share()
    {
        var w = World();
        var i = w.Contracts.Provider[0];
        var line = w.Contracts.Line[0];
        var atBase = w.UnitCost(i, line);
        w.Providers.Effort[i] = 0.7;
        w.Providers.Gaming[i] = 0.1;
        Assert.Equal(atBase * (1 + 0.2 * (0.7 - 0.5 + 0.1)), w.UnitCost(i, line), 9);
    }

    [Fact]
    public void Effort_is_clamped_to_the_unit_interval()
    {
        var high = TestWorlds.Create(TestWorlds.Small(areas: 1).Set("providers", "base_effort", 1.0).Set("providers", "effort_cost_share", 0.0).Build()).World;
        Assert.Equal(1.0, Care(high, 0, 1, 0));
        var low = TestWorlds.Create(TestWorlds.Small(areas: 1).Set("providers", "base_effort", 0.0)
            .Set("providers", "complacency", 2.0).Set("providers", "ethos_response", 0.0).Set("providers", "financial_response", 0.0).Build()).World;
        Assert.Equal(0.0, Care(low, 0, 0, 1));
    }

    [Theory]
    [InlineData("agency", 0.2, 0.1)]
    [InlineData("stewardship", -0.15, -0.1)]
    [InlineData("resource_dependency", 0.0, 0.0)]
    [InlineData("stakeholder", 0.05, -0.15)]
    public void Challenge_is_the_mean_of_monitoring_juridical_and_quality_competition_shifted_by_stance(string stance, double shift, double priceShift)
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Stance(stance).Build()).World;
        w.Contracts.Monitoring[0] = 0.5;
        w.Contracts.Stance[0] = w.Areas.Stance[0];
        // Mix 0.8: juridical governance and provider competition 0.26 each; price weight 0.3 + 0.5 x 0.26 + stance shift.
        var priceWeight = 0.3 + 0.5 * 0.26 + priceShift;
        Assert.Equal(priceWeight, ProviderEffort.PriceWeight(w, 0), 12);
        Assert.Equal(Math.Clamp((0.5 + 0.26 + 0.26 * (1 - priceWeight)) / 3 + shift, 0, 1), ProviderEffort.Challenge(w, 0), 12);
    }
}
