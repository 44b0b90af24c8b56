namespace QuasiMarketSim.Experiments.Execution;

/// <summary>
/// An experiment's units as something another process can rebuild and run: its kind and a JSON spec are enough
/// (<see cref="UnitWorks.FromSpec"/>), so a cluster worker or a batch-array task computes exactly the bytes the
/// local run would. Each unit's result is text (a journal line); results never depend on where a unit ran.
/// </summary>
public interface IUnitWork
{
    /// <summary>The kind ("sweep"), naming how to rebuild it from <see cref="Spec"/>.</summary>
    string Kind { get; }

    /// <summary>Everything needed to rebuild the work elsewhere (absolute scenario path, overrides, design, seeds), as JSON.</summary>
    string Spec { get; }

    /// <summary>Units in the experiment, numbered from 0.</summary>
    int Units { get; }

    /// <summary>
    /// A unit's name in the results store, from what identifies it (point, replication, seed): a unit run twice is
    /// stored once under the same name.
    /// </summary>
    string Key(int unit);

    /// <summary>Runs one unit (single-threaded; a pure function of the spec and the unit).</summary>
    string Run(int unit, CancellationToken cancellation);
}
