namespace QuasiMarketSim.Model.Metrics.Probes;

/// <summary>Contracting activity and the shape of the market.</summary>
internal static class MarketProbes
{
    public static readonly Probe Mix = Probe.Index("relational_mix", "relational mix", "market",
        "Commissioners' mean relational mix (the scenario's, unless commissioning.learning_rate lets experience move it).", t => t.World.Areas.Mix.Average());

    public static readonly Probe Tenders = Probe.Flow("tenders", "tenders run", "count per month", "market",
        "Competitive tenders run.", t => t.World.Flows.Tenders);

    public static readonly Probe Switches = Probe.Flow("switches", "provider switches", "count per month", "market",
        "Contracts moved to a new provider by tender, entry or exit.", t => t.World.Flows.Switches);

    public static readonly Probe Decommissions = Probe.Flow("decommissions", "decommissions", "count per month", "market",
        "Services decommissioned and moved by negotiation.", t => t.World.Flows.Decommissions);

    public static readonly Probe Renegotiations = Probe.Flow("renegotiations", "renegotiations", "count per month", "market",
        "Contracts renegotiated.", t => t.World.Flows.Renegotiations);

    public static readonly Probe Renewals = Probe.Flow("renewals", "renewals", "count per month", "market",
        "Contracts renewed on their terms.", t => t.World.Flows.Renewals);

    public static readonly Probe TenderedValue = Probe.Flow("tendered_value", "value put out to tender", "GBP per month", "market",
        "Annual value (at the old price) of the contracts put out to tender this month.", t => t.World.Flows.TenderedValue);

    public static readonly Probe Entries = Probe.Flow("entries", "provider entries", "count per month", "market",
        "Private providers entering.", t => t.World.Flows.Entries);

    public static readonly Probe Exits = Probe.Flow("exits", "provider exits", "count per month", "market",
        "Providers exiting after sustained deficits or failure.", t => t.World.Flows.Exits);

    public static readonly Probe Penalties = Probe.Flow("penalties", "penalties enforced", "count per month", "market",
        "Contract penalties enforced.", t => t.World.Flows.Penalties);

    public static readonly Probe Reneging = Probe.Share("reneging_share", "contracts reneged on", "market",
        "Share of contracts on which the provider is reneging on relational commitments.", t => t.Reneging / t.Contracts);

    public static readonly Probe Hhi = Probe.Index("hhi", "market concentration (HHI)", "market",
        "Herfindahl-Hirschman index of providers' shares of patients, averaged over areas.", t => t.Hhi);

    public static readonly Probe Active = Probe.Level("active_providers", "active providers", "count", "market",
        "Providers other than GP practices in the market.", t => t.ActiveProviders);
}
