namespace QuasiMarketSim.Model.Metrics.Probes;

/// <summary>Money held by commissioners and providers.</summary>
internal static class FinanceProbes
{
    public static readonly Probe CommissionerBalance = Probe.Level("commissioner_balance", "commissioners' balance", "GBP", "finance",
        "Commissioners' accumulated unspent budget (negative: deficit).", t => t.World.Areas.Balance.Sum());

    public static readonly Probe ProviderReserves = Probe.Level("provider_reserves", "providers' reserves", "GBP", "finance",
        "Providers' financial reserves.", t => t.World.Providers.Reserves.Sum());
}
