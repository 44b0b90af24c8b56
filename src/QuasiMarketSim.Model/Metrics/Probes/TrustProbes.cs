namespace QuasiMarketSim.Model.Metrics.Probes;

/// <summary>Trust in relationships, both sides.</summary>
internal static class TrustProbes
{
    public static readonly Probe Mean = Probe.Index("trust_mean", "trust", "trust",
        "Mean commissioner trust in providers over contracts.", t => t.Trust / t.Contracts).HigherIsBetter();

    public static readonly Probe P10 = Probe.Index("trust_p10", "trust, weakest 10%", "trust",
        "10th percentile of commissioner trust over contracts (the weakest relationships).", t => t.TrustP10);

    public static readonly Probe ProviderMean = Probe.Index("trust_provider_mean", "trust (provider, mean)", "trust",
        "Mean provider trust in commissioners.", t => t.TrustProvider / t.Contracts);
}
