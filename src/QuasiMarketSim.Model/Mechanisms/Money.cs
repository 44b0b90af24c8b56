using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>Every money movement goes through here, so the ledger (<see cref="TickFlows"/>) always balances.</summary>
internal static class Money
{
    /// <summary>Commissioner pays provider for contract <paramref name="c"/>.</summary>
    public static void Pay(QuasiMarket w, int c, double amount)
    {
        w.Areas.Balance[w.Contracts.Area[c]] -= amount;
        w.Providers.Reserves[w.Contracts.Provider[c]] += amount;
        w.Contracts.Payment[c] += amount;
    }

    /// <summary>A transaction cost on contract <paramref name="c"/>, split between the two sides and spent outside the system.</summary>
    public static void ChargeTransactionCost(QuasiMarket w, int c, double amount, bool exAnte)
    {
        var share = w.P.TransactionCosts.CommissionerShare;
        w.Areas.Balance[w.Contracts.Area[c]] -= amount * share;
        w.Providers.Reserves[w.Contracts.Provider[c]] -= amount * (1 - share);
        if (exAnte) w.Contracts.ExAnte[c] += amount;
        else w.Contracts.ExPost[c] += amount;
        w.Flows.TransactionCost += amount;
    }

    /// <summary>
    /// A transaction cost that only competition incurs (running a tender, specifying for it, moving the service):
    /// charged as any other, and counted toward Bartlett and Le Grand's transaction-cost condition.
    /// </summary>
    public static void ChargeCompetitionCost(QuasiMarket w, int c, double amount)
    {
        ChargeTransactionCost(w, c, amount, exAnte: true);
        w.Contracts.CompetitionCost[c] += amount;
    }

    /// <summary>Unplanned admissions of the area's patients, paid by its commissioner to hospitals outside the system.</summary>
    public static void ChargeAdmissions(QuasiMarket w, int area, double amount)
    {
        w.Areas.Balance[area] -= amount;
        w.Flows.AdmissionCost += amount;
    }

    /// <summary>A provider's cost of delivering care (wages, overheads), spent outside the system.</summary>
    public static void ChargeDelivery(QuasiMarket w, int provider, double amount)
    {
        w.Providers.Reserves[provider] -= amount;
        w.Flows.DeliveryCost += amount;
    }

    /// <summary>Monthly budget paid into a commissioner.</summary>
    public static void Budget(QuasiMarket w, int area)
    {
        w.Areas.Balance[area] += w.Areas.Budget[area];
        w.Flows.BudgetIn += w.Areas.Budget[area];
    }

    /// <summary>Capital brought by a new entrant.</summary>
    public static void Capital(QuasiMarket w, int provider, double amount)
    {
        w.Providers.Reserves[provider] += amount;
        w.Flows.CapitalIn += amount;
    }

    /// <summary>An exiting (or bailed-out) provider's reserves leave the system: a surplus is taken out, a debt written off.</summary>
    public static void WriteOff(QuasiMarket w, int provider)
    {
        w.Flows.ExitOut += w.Providers.Reserves[provider];
        w.Providers.Reserves[provider] = 0;
    }
}
