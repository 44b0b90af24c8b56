using QuasiMarketSim.Experiments.Comparison;
using QuasiMarketSim.Experiments.Replications;
using QuasiMarketSim.Experiments.SensitivityRuns;
using QuasiMarketSim.Experiments.Sweeps;

namespace QuasiMarketSim.Experiments.Execution;

/// <summary>Rebuilds an experiment's units from their kind and spec (on a cluster worker, in another process).</summary>
public static class UnitWorks
{
    /// <summary>The work of <paramref name="kind"/> described by <paramref name="spec"/>; an unknown kind is refused.</summary>
    public static IUnitWork FromSpec(string kind, string spec) => kind switch
    {
        SweepUnits.KindName => SweepUnits.FromSpec(spec),
        ReplicationUnits.KindName => ReplicationUnits.FromSpec(spec),
        CompareUnits.KindName => CompareUnits.FromSpec(spec),
        SensitivityUnits.KindName => SensitivityUnits.FromSpec(spec),
        _ => throw new ArgumentException(
            $"unknown kind of experiment units '{kind}' (this quasim knows: {SweepUnits.KindName}, {ReplicationUnits.KindName}, {CompareUnits.KindName}, {SensitivityUnits.KindName})"),
    };
}
