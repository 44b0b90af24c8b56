using QuasiMarketSim.Model.Mechanisms;
using QuasiMarketSim.Model.Rules;

namespace QuasiMarketSim.Model.Tests.Mechanisms;

public class RelationalContractTests
{
    [Fact]
    public void The_relational_contract_holds_normally_and_is_reneged_on_while_a_reform_is_under_way()
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Set("providers", "renege_heterogeneity", 0.0).Build()).World;
        var k = w.Contracts;
        const int tick = 20;
        for (var c = 0; c < k.Count; c++)
        {
            k.Age[c] = 0; // far from expiry
            k.TrustP[c] = 0.65;
            k.Monitoring[c] = InformationRule.Monitoring(w, c);
        }
        for (var c = 0; c < k.Count; c++) Assert.False(RelationalContract.Reneges(w, c, tick), $"contract {c} reneges with no reform");

        w.Areas.ReformUntil[0] = tick + 6;
        w.Areas.ReformSeverity[0] = 1.0;
        for (var c = 0; c < k.Count; c++) Assert.True(RelationalContract.Reneges(w, c, tick), $"contract {c} holds during a reform");

        // Once the reform is over the relationship is expected to last again.
        for (var c = 0; c < k.Count; c++) Assert.False(RelationalContract.Reneges(w, c, tick + 6), $"contract {c} reneges after the reform");
    }

    [Fact]
    public void Reneging_is_exactly_gain_above_discounted_surplus()
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Build()).World;
        var k = w.Contracts;
        k.Age[0] = 0;
        k.Monitoring[0] = 0.4;
        var temptation = w.Providers.RenegeTemptation[k.Provider[0]];
        var gain = 0.6 * temptation * (1 - k.Completeness[0] * 0.26) * (1 - 0.4);
        // d = 0.98: renege when gain > 49 x relational_surplus (0.03) x TrustP x (0.5 + 0.74); find the trust at the threshold.
        var threshold = gain / (0.98 / 0.02 * 0.03 * 1.24);
        k.TrustP[0] = threshold * 1.01;
        Assert.False(RelationalContract.Reneges(w, 0, 0));
        k.TrustP[0] = threshold * 0.99;
        Assert.True(RelationalContract.Reneges(w, 0, 0));
    }

    [Fact]
    public void The_share_of_contracts_reneged_on_changes_smoothly_with_trust()
    {
        // Many areas, so many providers with different temptations.
        var w = TestWorlds.Create(TestWorlds.Small(areas: 60).Build()).World;
        var k = w.Contracts;
        for (var c = 0; c < k.Count; c++)
        {
            k.Age[c] = 0;
            k.Monitoring[c] = InformationRule.Monitoring(w, c);
        }
        double Share(double trust)
        {
            var n = 0;
            for (var c = 0; c < k.Count; c++)
            {
                k.TrustP[c] = trust;
                if (RelationalContract.Reneges(w, c, 0)) n++;
            }
            return (double)n / k.Count;
        }
        var shares = Enumerable.Range(1, 40).Select(i => Share(i * 0.025)).ToArray();
        Assert.True(shares[0] > 0.9 && shares[^1] < 0.1, $"from {shares[0]} to {shares[^1]}");
        // No step of 0.025 in trust moves more than a third of the contracts at once.
        for (var i = 1; i < shares.Length; i++) Assert.True(shares[i - 1] - shares[i] < 1.0 / 3, $"step at trust {(i + 1) * 0.025}: {shares[i - 1]} -> {shares[i]}");
        Assert.True(shares.Zip(shares.Skip(1)).All(p => p.Second <= p.First));
    }

    [Fact]
    public void Providers_expect_tenders_at_the_rate_the_commissioner_has_run_them()
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Build()).World;
        Assert.Equal(0.0, RelationalContract.TenderRate(w, 0));
        var contracts = w.Areas.ContractStart[1] - w.Areas.ContractStart[0];
        w.Areas.TendersLastYear[0] = contracts / 3.0 / 2; // half the contracts expiring in a year (36-month contracts)
        Assert.Equal(0.5, RelationalContract.TenderRate(w, 0), 12);
        w.Areas.TendersLastYear[0] = 1000;
        Assert.Equal(1.0, RelationalContract.TenderRate(w, 0));
    }
}
