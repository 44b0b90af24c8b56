using System.Runtime.CompilerServices;
using QuasiMarketSim.Model.Mechanisms;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Rules;

/// <summary>
/// Process 2, providers: budgets are paid in; each contract's challenge, care and gaming effort
/// (<see cref="ProviderEffort"/>), relational contract (<see cref="RelationalContract"/>) and cream-skimming are set;
/// care is delivered and paid for (<see cref="Payment"/>) and unplanned admissions charged to the commissioner; quality
/// moves toward what effort, joint working and staffing sustain; costs (effort included) and reserves update.
/// </summary>
internal static class DeliveryRule
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(QuasiMarket w, int tick)
    {
        var k = w.Contracts;
        var pr = w.Providers;
        var p = w.P;
        for (var a = 0; a < w.AreaCount; a++) Money.Budget(w, a);
        // Sums for this month; Effort and Gaming keep last month's values (and so unit costs) until the providers' pass.
        Array.Clear(pr.EffortWeight);
        Array.Clear(pr.EffortSum);
        Array.Clear(pr.GamingSum);
        Array.Clear(pr.Joint);
        Array.Clear(pr.OverheadSum);

        for (var c = 0; c < k.Count; c++)
        {
            var provider = k.Provider[c];
            var area = k.Area[c];
            var line = w.Lines[k.Line[c]];
            k.Challenge[c] = ProviderEffort.Challenge(w, c);
            var (care, gaming) = ProviderEffort.Choose(w, c);
            k.Gaming[c] = gaming;
            k.Reneging[c] = RelationalContract.Reneges(w, c, tick);
            k.Selectivity[c] = CreamSkimming.Selectivity(w, c);
            var transition = p.Tendering.TransitionMonths == 0 ? 0 : (double)k.TransitionLeft[c] / p.Tendering.TransitionMonths;
            k.DeliveredQuality[c] = pr.Quality[provider] * (1 - p.Tendering.TransitionQualityLoss * (1 - line.Parcelability) * transition)
                * (k.Reneging[c] ? 1 - p.Providers.RenegeEffortLoss : 1);
            if (k.TransitionLeft[c] > 0) k.TransitionLeft[c]--;

            pr.EffortSum[provider] += care * k.Patients[c];
            pr.GamingSum[provider] += gaming * k.Patients[c];
            pr.Joint[provider] += w.Areas.W(area, Medium.NegotiatedOrder) * k.TrustC[c] * k.TrustP[c] * k.Patients[c];
            pr.EffortWeight[provider] += k.Patients[c];
            Payment.TrackAdmissions(w, c);
            Money.Pay(w, c, Payment.Due(w, c, tick));
            Money.ChargeAdmissions(w, area, p.Patients.AdmissionCost * k.Admissions[c]);
            pr.OverheadSum[provider] += CreamSkimming.OverheadOfServed(w, c);
        }

        for (var i = 0; i < pr.Area.Length; i++)
        {
            if (!pr.Alive[i]) continue;
            var weight = pr.EffortWeight[i];
            var effort = weight > 0 ? pr.EffortSum[i] / weight : p.Providers.BaseEffort;
            var joint = weight > 0 ? pr.Joint[i] / weight : 0;
            pr.Effort[i] = effort;
            pr.Gaming[i] = weight > 0 ? pr.GamingSum[i] / weight : 0;
            var target = Math.Clamp(pr.Capability[i] * (1 + p.Providers.JointGain * joint) * effort
                * Math.Pow(Math.Min(1.0, MeanStaffing(w, i)), p.Providers.StaffingElasticity), 0, 1);
            pr.Quality[i] += p.Providers.QualityAdjustment * (target - pr.Quality[i]);
            Money.ChargeDelivery(w, i, (DeliveryCost(w, i) + pr.OverheadSum[i]) * EffortCostFactor(w, i));
        }
    }

    /// <summary>Unit cost rises with effort above base and with gaming: both take paid staff time.</summary>
    public static double EffortCostFactor(QuasiMarket w, int provider) =>
        1 + w.P.Providers.EffortCostShare * (w.Providers.Effort[provider] - w.P.Providers.BaseEffort + w.Providers.Gaming[provider]);

    /// <summary>Wages of staff employed, with any premium (overheads are charged per patient seen).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double DeliveryCost(QuasiMarket w, int provider)
    {
        var pr = w.Providers;
        var cost = 0.0;
        for (var cat = 0; cat < pr.Categories; cat++)
        {
            cost += pr.Employed[provider * pr.Categories + cat] * w.Categories[cat].Wage * (1 + pr.WagePremium[provider]);
        }
        return cost * pr.CostFactor[provider];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double MeanStaffing(QuasiMarket w, int provider)
    {
        var pr = w.Providers;
        double needed = 0, employed = 0;
        for (var cat = 0; cat < pr.Categories; cat++)
        {
            needed += pr.Needed[provider * pr.Categories + cat];
            employed += pr.Employed[provider * pr.Categories + cat];
        }
        return needed <= 0 ? 1 : employed / needed;
    }
}
