using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Parameters;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.Parameters;

public class AreaParametersTests
{
    private static AreaParameters Of(ScenarioBuilder b) => new ModelParameters(b.Build()).PerArea;

    [Fact]
    public void Without_an_areas_list_every_area_takes_the_commissioning_section()
    {
        var p = Of(TestWorlds.Small(areas: 3).Mix(0.3).Stance("agency").Set("commissioning", "capacity_per_cycle", 6.0));
        Assert.Equal([0.3, 0.3, 0.3], p.Mix);
        Assert.Equal([Stance.Agency, Stance.Agency, Stance.Agency], p.Stance);
        Assert.Equal([6.0, 6.0, 6.0], p.CapacityPerCycle);
        Assert.Equal([1.05, 1.05, 1.05], p.BudgetHeadroom);
        // Initial trust: 0.45 + (0.7 - 0.45) x 0.3.
        Assert.All(p.InitialTrust, t => Assert.Equal(0.45 + 0.25 * 0.3, t, 15));
        // Derived weights: floor 0.1 + span 0.8 x mix (relational media) or x (1 - mix) (transactional media).
        Assert.Equal(0.1 + 0.8 * 0.3, p.Weight(2, Medium.NegotiatedOrder, 0.3), 15);
        Assert.Equal(0.1 + 0.8 * 0.7, p.Weight(2, Medium.ProviderCompetition, 0.3), 15);
    }

    [Fact]
    public void An_element_sets_only_its_own_areas_and_only_the_settings_it_gives()
    {
        var p = Of(TestWorlds.Small(areas: 5)
            .Area("market", first: 1, count: 2, ("relational_mix", 0.2), ("stance", "agency"), ("budget_headroom", 1.2))
            .Area("scarce", first: 4, count: 1, ("capacity_per_cycle", 1.5)));
        Assert.Equal([0.8, 0.2, 0.2, 0.8, 0.8], p.Mix);
        Assert.Equal([Stance.Stewardship, Stance.Agency, Stance.Agency, Stance.Stewardship, Stance.Stewardship], p.Stance);
        Assert.Equal([1.05, 1.2, 1.2, 1.05, 1.05], p.BudgetHeadroom);
        Assert.Equal([4.0, 4.0, 4.0, 4.0, 1.5], p.CapacityPerCycle);
        Assert.Equal(0.45 + 0.25 * 0.2, p.InitialTrust[1], 15);
        Assert.Equal(0.45 + 0.25 * 0.8, p.InitialTrust[3], 15);
    }

    [Fact]
    public void A_weight_is_the_areas_own_else_the_sections_else_derived_from_the_mix()
    {
        var p = Of(TestWorlds.Small(areas: 3)
            .Set("commissioning", "juridical_governance", 0.6)
            .Area("scrutiny", first: 1, count: 1, ("managerial_performance", 0.95), ("juridical_governance", 0.2)));
        Assert.Equal(0.95, p.Weight(1, Medium.ManagerialPerformance, 0.5));
        Assert.Equal(0.2, p.Weight(1, Medium.JuridicalGovernance, 0.5));
        Assert.Equal(0.6, p.Weight(0, Medium.JuridicalGovernance, 0.5));
        Assert.Equal(0.1 + 0.8 * 0.5, p.Weight(0, Medium.ManagerialPerformance, 0.5), 15);
        // Derived weights follow the mix they are asked at (learning moves it).
        Assert.Equal(0.1 + 0.8 * 0.9, p.Weight(1, Medium.NegotiatedOrder, 0.9), 15);
    }
}
