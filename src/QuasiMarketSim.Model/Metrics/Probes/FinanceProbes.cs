namespace QuasiMarketSim.Model.Metrics.Probes;

/// <summary>Money held by commissioners and providers.</summary>
internal static class FinanceProbes
{
    public static readonly Probe CommissionerBalance = Probe.Level("commissioner_balance", "commissioners' balance", "GBP", "finance",
        "Commissioners' accumulated unspent budget (negative: deficit).", t => t.World.Areas.Balance.Sum());

    public static readonly Probe FundedShare = Probe.Share("funded_share", "share of care funded", "finance",
        "Patient-weighted share of patient-months commissioners fund (below 1 when an overspent commissioner has cut access).", t => t.Funded);

    public static readonly Probe VolumeCuts = Probe.Flow("volume_cuts", "budget cuts", "count per month", "finance",
        "Commissioners that cut the care they fund this month because they were overspent.", t => t.World.Flows.VolumeCuts);

    public static readonly Probe ProviderReserves = Probe.Level("provider_reserves", "providers' reserves", "GBP", "finance",
        "Providers' financial reserves.", t => t.World.Providers.Reserves.Sum());
}
