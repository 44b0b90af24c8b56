using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Tests.Mechanisms;

public class TenderRuleTests
{
    [Fact]
    public void Local_bidders_are_the_alive_non_practice_providers_other_than_the_holder()
    {
        var w = TestWorlds.Create(TestWorlds.Small().Build()).World;
        // By default every kind but practices delivers every line. Acute, community, mental health and voluntary:
        // four; the entrant slots are not alive.
        Assert.Equal(4, Tender.LocalBidders(w, 0, -1, 0));
        Assert.Equal(3, Tender.LocalBidders(w, 0, w.Contracts.Provider[0], 0));
        w.Providers.Alive[w.Contracts.Provider[0]] = false;
        Assert.Equal(3, Tender.LocalBidders(w, 0, -1, 0));
        Assert.Equal(1 + 3 + w.P.Tendering.OutsideBidders, Tender.ExpectedBidders(w, 0, 0, w.Contracts.Provider[0]));
    }

    [Fact]
    public void Only_kinds_that_deliver_a_line_bid_for_it_and_outsiders_only_where_private_firms_may()
    {
        static Dictionary<string, object> Line(string name, string[] providers) => new()
        {
            ["name"] = name, ["staff_category"] = "diabetes_nurses", ["incumbent"] = "community_trust", ["providers"] = providers,
        };
        var input = TestWorlds.Small()
            .List("service_lines", Line("narrow", ["community_trust"]), Line("open", ["community_trust", "acute_trust", "private_firm"]))
            .List("staff_categories", new Dictionary<string, object> { ["name"] = "diabetes_nurses" })
            .Build();
        var w = TestWorlds.Create(input).World;
        var incumbent = w.Contracts.Provider[0];
        Assert.Equal(0, Tender.LocalBidders(w, 0, incumbent, 0));
        Assert.Equal(1.0, Tender.ExpectedBidders(w, 0, 0, incumbent));
        Assert.Equal(1, Tender.LocalBidders(w, 0, incumbent, 1));
        Assert.Equal(2 + w.P.Tendering.OutsideBidders, Tender.ExpectedBidders(w, 0, 1, incumbent));

        // With no one else able to deliver it, a tender of the narrow line cannot move it.
        var k = w.Contracts;
        var price = k.Price[0];
        var rng = new RandomStream(w.Seed, Streams.Commissioning, 7, 0);
        Tender.Run(w, 0, 0, ref rng);
        Assert.Equal(incumbent, k.Provider[0]);
        // A lone bidder bids max(cost, current price): without competition a tender saves nothing.
        Assert.True(k.Price[0] >= price, $"{k.Price[0]} vs {price}");
    }

    [Fact]
    public void A_tender_is_counted_charged_and_rewrites_the_contract()
    {
        var w = TestWorlds.Create(TestWorlds.Small().Mix(0.1).Build()).World;
        var k = w.Contracts;
        const int c = 1;
        k.Age[c] = 30;
        var annual = 12 * k.MonthlyValue(c);
        var incumbent = k.Provider[c];
        var trustP = k.TrustP[c];
        var rng = new RandomStream(w.Seed, Streams.Commissioning, 1_000_000, 0);
        Tender.Run(w, c, 0, ref rng);

        Assert.Equal(1, w.Flows.Tenders);
        Assert.Equal(1.0, w.Areas.TendersLastYear[0]);
        Assert.Equal(0, k.Age[c]);
        Assert.True(k.Price[c] > 0);
        // At least the tender cost (5% of annual value) plus the specification is charged ex ante.
        Assert.True(k.ExAnte[c] >= 0.05 * annual + 1e-9, $"{k.ExAnte[c]} vs {0.05 * annual}");
        Assert.Equal(k.ExAnte[c], w.Flows.TransactionCost, 9);
        if (k.Provider[c] == incumbent)
        {
            Assert.Equal(trustP * (1 - 0.15), k.TrustP[c], 15);
            Assert.Equal(0, w.Flows.Switches);
        }
        else
        {
            Assert.Equal(1, w.Flows.Switches);
            Assert.Equal(w.P.Tendering.TransitionMonths, k.TransitionLeft[c]);
            Assert.True(w.Providers.Alive[k.Provider[c]]);
        }
    }

    [Fact]
    public void Tender_outcomes_vary_with_the_draws_and_new_providers_sometimes_win()
    {
        int switches = 0, entries = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var w = TestWorlds.Create(TestWorlds.Small().Mix(0.1).Build(), seed).World;
            var rng = new RandomStream(seed, Streams.Commissioning, 1_000_000, 0);
            Tender.Run(w, 0, 0, ref rng);
            switches += w.Flows.Switches;
            entries += w.Flows.Entries;
            Assert.Equal(w.Contracts.Saving[0], (w.Input.ServiceLines[0].Tariff - w.Contracts.Price[0]) * w.Contracts.Patients[0], 9);
        }
        Assert.InRange(switches, 5, 39);
        Assert.True(entries >= 1, "no outside bidder ever won");
    }

    [Fact]
    public void A_tender_with_no_rival_bidder_keeps_the_incumbent()
    {
        // One community trust per area holds every line; no other provider able to deliver them exists or can enter.
        var input = TestWorlds.Small(ticks: 30)
            .Set("world", "acute_trusts", 0L).Set("world", "community_trusts", 1L).Set("world", "mental_health_trusts", 0L)
            .Set("world", "voluntary_orgs", 0L).Set("world", "entrant_slots", 0L)
            .Event(0, "mandate_to_tender", duration: 24)
            .Build();
        var sim = TestWorlds.Create(input, seed: 1);
        var holders = sim.World.Contracts.Provider.ToArray();
        sim.Run();
        Assert.True(sim.Results.Column("tenders").Sum() > 0);
        Assert.Equal(holders, sim.World.Contracts.Provider);
    }
}
