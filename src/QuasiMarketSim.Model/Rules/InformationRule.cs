using System.Runtime.CompilerServices;
using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Rules;

/// <summary>
/// Process 3, information: commissioners observe delivered quality with noise that shrinks with information
/// systems, monitoring and information sharing (and grows when organisational memory is lost), and update a
/// normal-normal belief. Monitoring intensity and the contingent stance are set here.
/// </summary>
internal static class InformationRule
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(QuasiMarket w, int tick)
    {
        var k = w.Contracts;
        var p = w.P;
        for (var c = 0; c < k.Count; c++)
        {
            var a = k.Area[c];
            k.Stance[c] = p.Commissioning.ContingentSwitching && k.BeliefQ[c] < p.Commissioning.SwitchThreshold ? Stance.Agency : w.Areas.Stance[a];
            k.Monitoring[c] = Monitoring(w, c);
            var sd = NoiseSd(w, c);
            var rng = new RandomStream(w.Seed, Streams.Observation, (ulong)c, (ulong)tick);
            // Gaming raises measured quality without raising true quality (Holmstrom and Milgrom 1991).
            var observed = k.DeliveredQuality[c] + p.Providers.GamingBias * k.Gaming[c] + sd * rng.NextGaussian();
            var prior = k.BeliefQ[c];
            var variance = k.BeliefVar[c] + p.Information.BeliefDrift;
            var gain = variance / (variance + sd * sd);
            k.BeliefQ[c] = prior + gain * (observed - prior);
            k.BeliefVar[c] = (1 - gain) * variance;
            k.Observed[c] = observed;
            // The gap that moves trust is the observation as the commissioner weighs it (the Kalman-weighted
            // innovation): noise it knows to expect does not, by itself, erode trust.
            k.Surprise[c] = k.BeliefQ[c] - prior;
            // Under noise alone the innovation is N(0, v + sd^2), so the surprise K x innovation has sd v / sqrt(v + sd^2).
            k.SurpriseSd[c] = variance / Math.Sqrt(variance + sd * sd);

            var trueMargin = k.Price[c] / w.UnitCost(k.Provider[c], k.Line[c]) - 1;
            var costSd = p.Information.CostNoiseSd * sd / Math.Max(1e-9, p.Information.NoiseSd);
            k.BelievedMargin[c] += p.Information.MarginLearning * (trueMargin + costSd * rng.NextGaussian() - k.BelievedMargin[c]);
        }
    }

    /// <summary>Monitoring intensity, 0-1: managerial scrutiny (medium 6) and contract enforcement (medium 5), scaled by stance.</summary>
    public static double Monitoring(QuasiMarket w, int c)
    {
        var a = w.Contracts.Area[c];
        var info = w.P.Information;
        var raw = info.MonitoringFromScrutiny * w.Areas.W(a, Medium.ManagerialPerformance) + info.MonitoringFromEnforcement * w.Areas.W(a, Medium.JuridicalGovernance);
        return Math.Clamp(raw * w.P.Stances.Monitoring(w.Contracts.Stance[c]), 0, 1);
    }

    /// <summary>
    /// Observation noise: noise_sd x (1 - systems) x (1 - monitoring effect x monitoring) x (1 - sharing effect x
    /// negotiated order x trust), divided by ((1 - memory weight) + memory weight x memory).
    /// </summary>
    public static double NoiseSd(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var p = w.P;
        var a = k.Area[c];
        return p.Information.NoiseSd
            * (1 - p.Commissioning.InformationSystems)
            * (1 - p.Information.MonitoringEffect * k.Monitoring[c])
            * (1 - p.Information.SharingEffect * w.Areas.W(a, Medium.NegotiatedOrder) * k.TrustC[c])
            / ((1 - p.Information.MemoryWeight) + p.Information.MemoryWeight * w.Areas.Memory[a]);
    }
}
