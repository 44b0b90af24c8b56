using System.Runtime.CompilerServices;
using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Rules;

/// <summary>
/// Process 8b, innovation (risk-stratified telephone care) spreads among an area's practices and providers by a
/// Bass hazard h = p + q F, where F is the share of the area's practices that have adopted, q rises with trust and
/// with challenge (Livewell: high trust with high challenge is best for innovation), and p rises when a partner
/// that has adopted holds a contract in the area or the stance levers outside expertise.
/// </summary>
internal static class InnovationRule
{

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(QuasiMarket w, int tick)
    {
        var pr = w.Providers;
        for (var a = 0; a < w.AreaCount; a++)
        {
            var probability = 1 - Math.Exp(-MonthlyHazard(w, a));
            var start = w.Areas.ProviderStart[a];
            for (var i = start; i < w.Areas.ProviderStart[a + 1]; i++)
            {
                if (!pr.Alive[i] || pr.Adopted[i]) continue;
                var rng = new RandomStream(w.Seed, Streams.Innovation, (ulong)i, (ulong)tick);
                if (rng.NextBernoulli(probability)) pr.Adopted[i] = true;
            }
        }
    }

    /// <summary>Monthly Bass hazard for area <paramref name="a"/>: (p' + q' F) / 12.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double MonthlyHazard(QuasiMarket w, int a)
    {
        var p = w.P;
        var k = w.Contracts;
        var pr = w.Providers;
        double trust = 0, challenge = 0;
        var partner = false;
        var n = 0;
        for (var c = w.Areas.ContractStart[a]; c < w.Areas.ContractStart[a + 1]; c++, n++)
        {
            trust += k.TrustC[c];
            challenge += k.Challenge[c];
            partner |= pr.Adopted[k.Provider[c]];
        }
        trust /= n;
        challenge /= n;
        var adopted = AdoptedShare(w, a);
        var external = p.Market.BassP * w.P.Stances.ExternalInfluence(w.Areas.Stance[a]) * (partner ? p.Market.PartnerInfluence : 1);
        var imitation = p.Market.BassQ * Math.Pow(2 * trust, p.Market.TrustOnImitation) * Math.Pow(0.5 + challenge, p.Market.ChallengeOnImitation);
        return (external + imitation * adopted) / 12;
    }

    /// <summary>Share of the area's practices that have adopted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double AdoptedShare(QuasiMarket w, int a)
    {
        var start = w.Areas.ProviderStart[a];
        var practices = w.Areas.PracticeCount[a];
        var adopted = 0;
        for (var i = start; i < start + practices; i++) if (w.Providers.Adopted[i]) adopted++;
        return (double)adopted / practices;
    }
}
