using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Parameters;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.World;

public class MediumTests
{
    private static double DefaultWeight(Medium m, double mix) =>
        new CommissioningParameters { RelationalMix = mix, WeightFloor = Defaults.WeightFloor, WeightSpan = Defaults.WeightSpan }.DefaultWeight(m);

    private static readonly CommissioningParameters Defaults = ScenarioInput.Defaults().Section<CommissioningParameters>();

    private static readonly Medium[] Relational = [Medium.NegotiatedOrder, Medium.IdeologicalControl, Medium.ManagerialPerformance];
    private static readonly Medium[] Transactional = [Medium.ProviderCompetition, Medium.FinancialIncentives, Medium.JuridicalGovernance];

    [Fact]
    public void At_mix_zero_transactional_media_lead()
    {
        foreach (var m in Relational) Assert.Equal(0.1, DefaultWeight(m, 0), 15);
        foreach (var m in Transactional) Assert.Equal(0.9, DefaultWeight(m, 0), 15);
    }

    [Fact]
    public void At_mix_one_relational_media_lead()
    {
        foreach (var m in Relational) Assert.Equal(0.9, DefaultWeight(m, 1), 15);
        foreach (var m in Transactional) Assert.Equal(0.1, DefaultWeight(m, 1), 15);
    }

    [Fact]
    public void At_mix_one_half_every_medium_weighs_one_half_and_there_are_six()
    {
        Assert.Equal(6, Media.Count);
        Assert.Equal(Media.Count, Enum.GetValues<Medium>().Length);
        foreach (var m in Enum.GetValues<Medium>()) Assert.Equal(0.5, DefaultWeight(m, 0.5), 15);
    }

    [Fact]
    public void Areas_start_with_the_default_weights_unless_a_weight_is_given()
    {
        var w = TestWorlds.Create(TestWorlds.Small().Mix(0.3).Set("commissioning", "financial_incentives", 0.05).Build()).World;
        for (var a = 0; a < w.AreaCount; a++)
        {
            Assert.Equal(0.1 + 0.8 * 0.3, w.Areas.W(a, Medium.NegotiatedOrder), 15);
            Assert.Equal(0.1 + 0.8 * 0.7, w.Areas.W(a, Medium.ProviderCompetition), 15);
            Assert.Equal(0.05, w.Areas.W(a, Medium.FinancialIncentives));
        }
    }
}
