using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Model.Inputs;

namespace QuasiMarketSim.Model.World;

/// <summary>A provider's intrinsic state (kind, quality, capability, costs, motivation), beside <see cref="ProviderState"/>.</summary>
internal static class ProviderSetup
{
    /// <summary>
    /// Sets provider <paramref name="i"/>'s intrinsic state: at the start (tick 0), and in month <paramref name="tick"/>
    /// when an entrant slot opens (its draws are keyed by the tick, so an entrant's quality is its own).
    /// </summary>
    public static void Init(QuasiMarket w, int i, int area, ProviderKind kind, bool alive, int tick)
    {
        var pr = w.Providers;
        var p = w.P;
        var rng = new RandomStream(w.Seed, Streams.ProviderSetup, (ulong)i, (ulong)tick);
        pr.Kind[i] = kind;
        pr.Area[i] = area;
        pr.Alive[i] = alive;
        pr.Quality[i] = Math.Clamp(p.Providers.QualityMean + p.Providers.QualitySd * rng.NextGaussian(), 0, p.Providers.QualityCeiling);
        // Capability is the quality a provider sustains at base effort and full staffing, so quality holds
        // steady at its initial value in a world of base effort.
        pr.Capability[i] = Math.Min(1.0, pr.Quality[i] / Math.Max(0.05, p.Providers.BaseEffort));
        pr.Effort[i] = p.Providers.BaseEffort;
        pr.Gaming[i] = 0;
        // Providers differ in how much reneging would gain them, so the share that reneges changes smoothly.
        pr.RenegeTemptation[i] = Math.Exp(p.Providers.RenegeHeterogeneity * rng.NextGaussian());
        pr.FinanceMotivation[i] = p.Providers.FinanceMotivation(kind);
        pr.CostFactor[i] = kind == ProviderKind.PrivateFirm ? p.Providers.PrivateEfficiency : 1.0;
        pr.WagePremium[i] = kind == ProviderKind.PrivateFirm ? p.Staff.EntrantWagePremium : 0.0;
        pr.Adopted[i] = kind == ProviderKind.PrivateFirm && p.Market.PrivateInnovators;
        pr.Reserves[i] = 0;
        pr.DeficitMonths[i] = 0;
        for (var k = 0; k < pr.Categories; k++) pr.Employed[i * pr.Categories + k] = 0;
    }
}
