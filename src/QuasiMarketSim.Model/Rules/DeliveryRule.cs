using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Rules;

/// <summary>
/// Process 2, providers: effort responds to incentives, guidance, challenge and trust; the relational contract
/// holds or is reneged on; cream-skimming where activity payment rewards it; care is paid for; quality moves
/// toward what effort and staffing sustain; costs and reserves update.
/// </summary>
internal static class DeliveryRule
{
    public static void Run(QuasiMarket w, int tick)
    {
        var k = w.Contracts;
        var pr = w.Providers;
        var p = w.P;
        for (var a = 0; a < w.AreaCount; a++) Money.Budget(w, a);
        Array.Clear(pr.EffortWeight);
        Array.Clear(pr.Effort);

        for (var c = 0; c < k.Count; c++)
        {
            var provider = k.Provider[c];
            var area = k.Area[c];
            var line = w.Lines[k.Line[c]];
            k.Challenge[c] = Challenge(w, c);
            var effort = Effort(w, c);
            k.Reneging[c] = Reneges(w, c, tick);
            k.Selectivity[c] = p.Providers.CreamSkimPropensity * pr.FinanceMotivation[provider] * p.Contracts.CreamSkimIncentive(k.Form[c])
                * w.Areas.W(area, Medium.FinancialIncentives) * (1 - k.Monitoring[c]);
            var transition = p.Tendering.TransitionMonths == 0 ? 0 : (double)k.TransitionLeft[c] / p.Tendering.TransitionMonths;
            k.DeliveredQuality[c] = pr.Quality[provider] * (1 - p.Tendering.TransitionQualityLoss * (1 - line.Parcelability) * transition)
                * (k.Reneging[c] ? 1 - p.Providers.RenegeEffortLoss : 1);
            if (k.TransitionLeft[c] > 0) k.TransitionLeft[c]--;

            pr.Effort[provider] += effort * k.Patients[c];
            pr.EffortWeight[provider] += k.Patients[c];
            Money.Pay(w, c, PaymentDue(w, c, tick));
            Money.ChargeDelivery(w, provider, p.Providers.OverheadPerPatient * w.Areas.DemandFactor[area] * k.Served[c] * pr.CostFactor[provider]);
        }

        for (var i = 0; i < pr.Area.Length; i++)
        {
            if (!pr.Alive[i]) continue;
            var effort = pr.EffortWeight[i] > 0 ? pr.Effort[i] / pr.EffortWeight[i] : p.Providers.BaseEffort;
            pr.Effort[i] = effort;
            var target = Math.Clamp(pr.Capability[i] * effort * Math.Pow(Math.Min(1.0, MeanStaffing(w, i)), p.Providers.StaffingElasticity), 0, 1);
            pr.Quality[i] += p.Providers.QualityAdjustment * (target - pr.Quality[i]);
            Money.ChargeDelivery(w, i, DeliveryCost(w, i));
        }
    }

    /// <summary>
    /// Challenge felt by the provider, 0-1: the mean of monitoring, juridical governance and provider competition,
    /// shifted by the stance (agency raises it, stewardship lowers it; Livewell Table 2).
    /// </summary>
    public static double Challenge(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var a = k.Area[c];
        var raw = (k.Monitoring[c] + w.Areas.W(a, Medium.JuridicalGovernance) + w.Areas.W(a, Medium.ProviderCompetition)) / 3;
        return Math.Clamp(raw + w.P.Stances.Challenge(k.Stance[c]), 0, 1);
    }

    /// <summary>
    /// Effort on a contract, 0-1: base effort, plus financial incentives moving finance-motivated providers, plus
    /// guidance moving ethos-motivated providers (better with trust), plus challenge, minus complacency where trust
    /// is high and challenge low (closeness without challenge).
    /// </summary>
    public static double Effort(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var p = w.P;
        var a = k.Area[c];
        var fm = w.Providers.FinanceMotivation[k.Provider[c]];
        var effort = p.Providers.BaseEffort
            + p.Providers.FinancialResponse * fm * w.Areas.W(a, Medium.FinancialIncentives) * p.Contracts.IncentiveStrength(k.Form[c])
            + p.Providers.EthosResponse * (1 - fm) * w.Areas.W(a, Medium.IdeologicalControl) * ((1 - p.Providers.EthosTrustWeight) + p.Providers.EthosTrustWeight * k.TrustP[c])
            + p.Providers.ChallengeResponse * k.Challenge[c]
            - p.Providers.Complacency * k.TrustC[c] * (1 - k.Challenge[c]);
        return Math.Clamp(effort, 0, 1);
    }

    /// <summary>
    /// The relational contract is self-enforcing while the one-off gain from reneging is below
    /// d/(1-d) x (relational surplus - spot surplus) (Baker, Gibbons and Murphy 2002; Levin 2003). The gain shrinks
    /// with an enforceable specification and with monitoring; d falls when the relationship is expected to end (a
    /// reform under way, or an expiring contract that may be market-tested and lost).
    /// </summary>
    public static bool Reneges(QuasiMarket w, int c, int tick)
    {
        var k = w.Contracts;
        var p = w.P;
        var a = k.Area[c];
        var endExpected = 0.0;
        if (tick < w.Areas.ReformUntil[a]) endExpected = Math.Max(endExpected, p.Providers.ReformEndOdds * w.Areas.ReformSeverity[a]);
        if (k.Length[c] - k.Age[c] <= p.Providers.RenegeHorizonMonths)
        {
            // Near expiry the relationship ends if the contract is market-tested and lost.
            var competition = w.Areas.W(a, Medium.ProviderCompetition);
            endExpected = Math.Max(endExpected, p.Providers.ExpiryLossOdds * p.Tendering.MarketTesting * competition * competition);
        }
        var d = p.Providers.Discount * (1 - endExpected);
        var surplus = p.Providers.RelationalSurplus * k.TrustP[c] * (p.Providers.SurplusBase + w.Areas.W(a, Medium.NegotiatedOrder));
        // The gain is realised only where the specification cannot enforce quality and monitoring does not catch it.
        var gain = p.Providers.RenegeGain * (1 - k.Completeness[c] * w.Areas.W(a, Medium.JuridicalGovernance)) * (1 - k.Monitoring[c]);
        return gain > d / (1 - d) * surplus;
    }

    /// <summary>
    /// What the contract pays this month: block pays for patients covered; activity for patients seen; outcome and
    /// alliance pay more as admissions fall below what no care would give (alliance shares half the gain or loss).
    /// A penalty is deducted when juridical governance enforces a quality standard the last observation missed.
    /// </summary>
    public static double PaymentDue(QuasiMarket w, int c, int tick)
    {
        var k = w.Contracts;
        var p = w.P;
        var value = k.MonthlyValue(c);
        var referenceRatio = 1 - p.Patients.CareAdmissionEffect * p.Providers.QualityMean * p.Patients.AdherenceMean;
        var ratio = k.ExpectedAdmissions[c] > 0 ? k.Admissions[c] / k.ExpectedAdmissions[c] : referenceRatio;
        var pay = k.Form[c] switch
        {
            ContractForm.Activity => k.Price[c] * k.Served[c],
            ContractForm.Outcome => value * Math.Clamp(1 + (referenceRatio - ratio), p.Contracts.OutcomeFloor, p.Contracts.OutcomeCeiling),
            ContractForm.Alliance => value * Math.Clamp(1 + p.Contracts.AllianceShare * (referenceRatio - ratio), p.Contracts.AllianceFloor, p.Contracts.AllianceCeiling),
            _ => value,
        };
        var juridical = w.Areas.W(k.Area[c], Medium.JuridicalGovernance);
        var standard = p.Contracts.StandardBase + p.Contracts.StandardPerCompleteness * k.Completeness[c];
        k.Penalised[c] = false;
        if (k.Observed[c] > 0 && k.Observed[c] < standard)
        {
            var rng = new RandomStream(w.Seed, Streams.Penalty, (ulong)c, (ulong)tick);
            if (rng.NextBernoulli(juridical * p.Stances.Monitoring(k.Stance[c]) / p.Stances.MonitoringAgency))
            {
                k.Penalised[c] = true;
                w.Flows.Penalties++;
                pay -= p.Contracts.PenaltyShare * value;
            }
        }
        return Math.Max(0, pay);
    }

    /// <summary>Wages of staff employed, with any premium (overheads are charged per patient seen).</summary>
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
