using System.Runtime.CompilerServices;
using QuasiMarketSim.Model.Mechanisms;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Rules;

/// <summary>
/// Process 4, trust: each side updates from the gap between expectation and observation, losses larger than gains,
/// with the drift that expected observation noise alone would cause taken off (the commissioner knows its figures
/// are noisy: only surprise beyond that moves trust); contact (negotiated order) builds trust, forgetting pulls it
/// toward neutral, and shocks (penalties, competition's threat of exit) lower it.
/// </summary>
internal static class TrustRule
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(QuasiMarket w, int tick)
    {
        var k = w.Contracts;
        var p = w.P;
        for (var c = 0; c < k.Count; c++)
        {
            var a = k.Area[c];
            var contact = w.Areas.W(a, Medium.NegotiatedOrder) * w.P.Stances.Contact(k.Stance[c]) * ((1 - p.Trust.MemoryWeight) + p.Trust.MemoryWeight * w.Areas.Memory[a]);
            var commissionerSignal = Math.Tanh(p.Trust.Sensitivity * k.Surprise[c]);
            var noiseSignal = ExpectedSurprise.MeanSignal(p.Trust.Sensitivity * k.SurpriseSd[c]);
            k.TrustC[c] = Update(k.TrustC[c], commissionerSignal, contact, p.Trust, noiseSignal);

            var value = k.MonthlyValue(c);
            var paymentSignal = value > 0 ? Math.Tanh(p.Trust.Sensitivity * (k.Payment[c] / value - 1)) : 0;
            var tp = Update(k.TrustP[c], paymentSignal, contact, p.Trust);
            tp -= p.Trust.CompetitionErosion * w.Areas.W(a, Medium.ProviderCompetition) * tp;
            if (k.Penalised[c])
            {
                tp *= 1 - p.Trust.PenaltyShock;
                if (tp < p.Trust.DisputeThreshold) k.Disputes[c]++;
            }
            k.TrustP[c] = Math.Clamp(tp, 0, 1);
        }
        for (var a = 0; a < w.AreaCount; a++)
        {
            w.Areas.Memory[a] += p.Commissioning.MemoryRecovery * (1 - w.Areas.Memory[a]);
        }
    }

    /// <summary>
    /// One side's update: dT = a+ s (1 - T) for s &gt;= 0, dT = a- s T for s &lt; 0 (Pant and Yu 2025), less the
    /// expected drift of pure noise, (m/2)(a+ (1 - T) - a- T) for a mean signal size m under noise alone; then contact
    /// gain x (1 - T); then forgetting toward the baseline (Josang and Ismail 2002).
    /// </summary>
    public static double Update(double trust, double signal, double contact, Parameters.TrustParameters p, double noiseSignal = 0)
    {
        // Both the response and the drift it would have under noise alone are taken at the trust held before the signal.
        trust += (signal >= 0 ? p.GainRate * signal * (1 - trust) : p.LossRate * signal * trust)
            - noiseSignal / 2 * (p.GainRate * (1 - trust) - p.LossRate * trust);
        trust += p.ContactGain * contact * (1 - trust);
        trust -= p.Decay * (trust - p.Baseline);
        return Math.Clamp(trust, 0, 1);
    }
}
