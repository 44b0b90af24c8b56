using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>
/// A budget that binds. An NHS commissioner must break even: one overspent by more than a tolerance of its annual
/// budget that is still spending more than its budget each month funds fewer patient-months (fewer patients seen,
/// block payments and staff needed scaled down); its overspend becomes financial pressure that deepens price cuts at
/// renegotiation. While it pays a deficit back it holds access where it is; within tolerance and spending less than
/// its budget, it restores access.
/// The budget binds from the first recorded month; at the end of the warm-up it is rebased on the warm-up's spending.
/// </summary>
internal static class Budget
{
    /// <summary>Reviews area <paramref name="a"/>'s finances for the month (before its commissioning cycle).</summary>
    public static void Review(QuasiMarket w, int a, int tick)
    {
        var areas = w.Areas;
        var p = w.P.Commissioning;
        if (tick < w.Warmup - 1) return;
        if (tick == w.Warmup - 1)
        {
            // Allocations follow spending history: the budget is rebased on the warm-up's mean monthly spend.
            var spend = (w.Warmup * areas.Budget[a] - areas.Balance[a]) / w.Warmup;
            areas.Budget[a] = Math.Max(0, spend) * w.P.PerArea.BudgetHeadroom[a];
            areas.LastBalance[a] = areas.Balance[a];
            return;
        }
        var inMonth = areas.Balance[a] - areas.LastBalance[a];
        areas.LastBalance[a] = areas.Balance[a];
        var annual = 12 * areas.Budget[a];
        var overspend = annual > 0 ? Math.Max(0, -areas.Balance[a] / annual) : 0;
        // A squeeze's urgency fades over pressure_memory_months; an overspend keeps the pressure on while it lasts.
        var months = p.PressureMemoryMonths;
        areas.FinancialPressure[a] = Math.Max(areas.FinancialPressure[a] * ((months - 1.0) / months), Math.Min(1, overspend));
        if (overspend > p.OverdraftTolerance && inMonth < 0)
        {
            var cut = Math.Max(p.MinFundedShare, areas.FundedShare[a] - p.VolumeCut);
            if (cut < areas.FundedShare[a]) w.Flows.VolumeCuts++;
            areas.FundedShare[a] = cut;
        }
        else if (overspend <= p.OverdraftTolerance && inMonth > 0)
        {
            areas.FundedShare[a] = Math.Min(1, areas.FundedShare[a] + p.VolumeRecovery);
        }
    }
}
