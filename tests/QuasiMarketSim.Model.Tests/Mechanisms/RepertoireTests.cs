using QuasiMarketSim.Model.Mechanisms;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.Mechanisms;

public class RepertoireTests
{
    private static QuasiMarket World(double learningRate = 1) =>
        TestWorlds.Create(TestWorlds.Small(areas: 1).Set("commissioning", "learning_rate", learningRate).Build()).World;

    [Fact]
    public void A_decision_is_judged_a_year_later_by_price_fall_plus_valued_quality_gain_less_its_yearly_cost()
    {
        var w = World();
        var k = w.Contracts;
        k.ExpectedAdmissions[0] = 100;
        Repertoire.Remember(w, 0, market: true, priceBefore: k.Price[0] / 0.9, beliefBefore: k.BeliefQ[0] - 0.05, costShare: 0.08, tick: 10);
        Repertoire.Judge(w, 0, 21);
        Assert.Equal(0, w.Areas.MarketJudged[0]); // not a year yet
        Repertoire.Judge(w, 0, 34);                // two years on
        Assert.Equal(1, w.Areas.MarketJudged[0]);
        Assert.Equal(0.1 + Appraisal.QualityValue(w, 0) * 0.05 - 0.08 / 2, w.Areas.MarketReturn[0], 9);
        Assert.Equal(DecisionKind.None, k.DecisionKind[0]);
    }

    [Fact]
    public void The_mix_moves_toward_the_kind_that_returned_more_within_its_bounds_and_rederives_the_weights()
    {
        var w = World();
        var a = w.Areas;
        (a.RelationalReturn[0], a.RelationalJudged[0], a.MarketReturn[0], a.MarketJudged[0]) = (0.2, 2, -0.1, 1);
        Repertoire.Learn(w, 0);
        Assert.Equal(0.8 + (0.1 - -0.1), a.Mix[0], 12);
        Assert.Equal(0.1 + 0.8 * 1.0, a.W(0, Medium.NegotiatedOrder), 12);
        Assert.Equal(0.1 + 0.8 * 0.0, a.W(0, Medium.ProviderCompetition), 12);
        Assert.Equal(0, a.RelationalJudged[0]);
        // A lone kind is judged against breaking even.
        (a.MarketReturn[0], a.MarketJudged[0]) = (0.3, 1);
        Repertoire.Learn(w, 0);
        Assert.Equal(0.7, a.Mix[0], 12);
    }

    [Fact]
    public void With_no_learning_rate_the_mix_is_the_scenarios()
    {
        var w = World(learningRate: 0);
        (w.Areas.MarketReturn[0], w.Areas.MarketJudged[0]) = (-1, 1);
        Repertoire.Learn(w, 0);
        Assert.Equal(0.8, w.Areas.Mix[0]);
    }
}
