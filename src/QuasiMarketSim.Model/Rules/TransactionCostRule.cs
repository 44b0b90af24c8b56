using System.Runtime.CompilerServices;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Rules;

/// <summary>
/// Process 5, ex post transaction costs every month: monitoring, haggling over an incomplete specification of a
/// complex service (less where trust is high), meetings of joint working, data under activity payment, and
/// disputes. Ex ante costs are charged where contracting happens (<see cref="CommissioningRule"/>).
/// </summary>
internal static class TransactionCostRule
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(QuasiMarket w, int tick)
    {
        var k = w.Contracts;
        for (var c = 0; c < k.Count; c++)
        {
            Money.ChargeTransactionCost(w, c, ExPost(w, c), exAnte: false);
        }
    }

    /// <summary>
    /// value x [monitoring cost x monitoring + incompleteness cost x (1 - completeness) x complexity x (1 - trust)
    /// + meeting cost x negotiated order + data cost (activity/outcome) + dispute cost when a penalty is disputed]
    /// (Williamson; Bajari and Tadelis 2001; Marini and Street 2007).
    /// </summary>
    public static double ExPost(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var p = w.P;
        var a = k.Area[c];
        var line = w.Lines[k.Line[c]];
        var share = p.TransactionCosts.MonitoringCost * k.Monitoring[c]
            + p.TransactionCosts.IncompletenessCost * (1 - k.Completeness[c]) * line.Complexity * (1 - k.TrustC[c])
            + p.TransactionCosts.MeetingCost * w.Areas.W(a, Medium.NegotiatedOrder)
            + (k.Form[c] is ContractForm.Activity or ContractForm.Outcome ? p.TransactionCosts.ActivityDataCost : 0)
            + (k.Penalised[c] && k.TrustP[c] < p.Trust.DisputeThreshold ? p.TransactionCosts.DisputeCost : 0);
        return share * k.MonthlyValue(c);
    }
}
