namespace QuasiMarketSim.Cluster;

/// <summary>Names silos and clients must agree on.</summary>
internal static class ClusterNames
{
    /// <summary>The grain storage holding coordinators' and the directory's state.</summary>
    public const string Storage = "quasim";
}
