namespace QuasiMarketSim.Cluster.Grains;

/// <summary>The list of experiments (one grain, key <see cref="Key"/>): where workers look for work and `quasim status` lists from.</summary>
[Alias("quasim.IExperimentDirectory")]
public interface IExperimentDirectory : IGrainWithStringKey
{
    /// <summary>The one directory's key.</summary>
    const string Key = "experiments";

    /// <summary>Adds an experiment (again: no change) and marks it active.</summary>
    [Alias("Add")]
    Task Add(string id);

    /// <summary>Marks an experiment as needing no more work (finished, cancelled or failed).</summary>
    [Alias("Retire")]
    Task Retire(string id);

    /// <summary>Experiments that may have units to lease.</summary>
    [Alias("Active")]
    Task<string[]> Active();

    /// <summary>Every experiment, oldest first.</summary>
    [Alias("All")]
    Task<string[]> All();
}
