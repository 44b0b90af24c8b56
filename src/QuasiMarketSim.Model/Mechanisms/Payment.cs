using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>
/// What a contract pays in a month. Block pays for the patients the commissioner funds; activity for patients seen;
/// outcome and alliance pay more as the contract's admission ratio (admissions over those expected without care) falls
/// below the ratio recorded when its terms were written: a reference from the world as it was, so payment rewards the
/// provider's improvement, not the model's defaults. A penalty is deducted when juridical governance enforces a
/// quality standard the last observation missed.
/// </summary>
internal static class Payment
{
    /// <summary>Months over which the admission ratio an outcome contract is judged on is smoothed (one year).</summary>
    private const double RatioMonths = 12;

    /// <summary>Updates the contract's smoothed admission ratio from this month's admissions.</summary>
    public static void TrackAdmissions(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        if (k.ExpectedAdmissions[c] <= 0) return;
        k.AdmissionRatio[c] += (k.Admissions[c] / k.ExpectedAdmissions[c] - k.AdmissionRatio[c]) / RatioMonths;
    }

    /// <summary>The payment due for contract <paramref name="c"/> this month (penalty applied; never negative).</summary>
    public static double Due(QuasiMarket w, int c, int tick)
    {
        var k = w.Contracts;
        var p = w.P;
        var funded = w.Areas.FundedShare[k.Area[c]];
        var value = k.MonthlyValue(c) * funded;
        var gain = k.OutcomeReference[c] - k.AdmissionRatio[c];
        var pay = k.Form[c] switch
        {
            ContractForm.Activity => k.Price[c] * k.Served[c],
            ContractForm.Outcome => value * Math.Clamp(1 + gain, p.Contracts.OutcomeFloor, p.Contracts.OutcomeCeiling),
            ContractForm.Alliance => value * Math.Clamp(1 + p.Contracts.AllianceShare * gain, p.Contracts.AllianceFloor, p.Contracts.AllianceCeiling),
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
}
