using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Tests.Mechanisms;

public class MoneyTests
{
    [Fact]
    public void Each_movement_changes_stocks_and_the_ledger_consistently()
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Set("transaction_costs", "commissioner_share", 0.25).Build()).World;
        var provider = w.Contracts.Provider[0];
        var reserves = w.Providers.Reserves[provider];

        Money.Budget(w, 0);
        Assert.Equal(w.Areas.Budget[0], w.Areas.Balance[0]);
        Assert.Equal(w.Areas.Budget[0], w.Flows.BudgetIn);

        var balance = w.Areas.Balance[0];
        Money.Pay(w, 0, 100);
        Assert.Equal(balance - 100, w.Areas.Balance[0]);
        Assert.Equal(reserves + 100, w.Providers.Reserves[provider]);
        Assert.Equal(100.0, w.Contracts.Payment[0]);

        Money.ChargeTransactionCost(w, 0, 40, exAnte: true);
        Money.ChargeTransactionCost(w, 0, 8, exAnte: false);
        Assert.Equal(balance - 100 - 0.25 * 48, w.Areas.Balance[0], 9);
        Assert.Equal(reserves + 100 - 0.75 * 48, w.Providers.Reserves[provider], 9);
        Assert.Equal(40.0, w.Contracts.ExAnte[0]);
        Assert.Equal(8.0, w.Contracts.ExPost[0]);
        Assert.Equal(48.0, w.Flows.TransactionCost);

        Money.ChargeDelivery(w, provider, 30);
        Assert.Equal(30.0, w.Flows.DeliveryCost);
        Money.Capital(w, provider, 5);
        Assert.Equal(5.0, w.Flows.CapitalIn);
        var before = w.Providers.Reserves[provider];
        Money.WriteOff(w, provider);
        Assert.Equal(before, w.Flows.ExitOut);
        Assert.Equal(0.0, w.Providers.Reserves[provider]);
    }
}
