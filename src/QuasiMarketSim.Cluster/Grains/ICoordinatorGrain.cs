namespace QuasiMarketSim.Cluster.Grains;

/// <summary>
/// One per experiment: holds the design (the submission) and which units are done, and leases units to workers
/// that ask (pull). It never holds results, which workers write to the shared output folder.
/// </summary>
[Alias("quasim.ICoordinatorGrain")]
public interface ICoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Submits the experiment; submitting it again changes nothing (a client that reconnects or resubmits loses no work).</summary>
    [Alias("Submit")]
    Task Submit(ExperimentSubmission submission);

    /// <summary>
    /// Leases up to <paramref name="want"/> units to the worker on <paramref name="silo"/> and renews its leases on
    /// <paramref name="running"/>. Leases not renewed in time, or held by silos membership declared dead, go back to the queue first.
    /// </summary>
    [Alias("Lease")]
    Task<LeaseReply> Lease(SiloAddress silo, int want, int[] running);

    /// <summary>Records units as done (their results are already in the store).</summary>
    [Alias("Complete")]
    Task Complete(SiloAddress silo, int[] units);

    /// <summary>Records a unit's failure: the experiment stops with <paramref name="message"/>.</summary>
    [Alias("Fail")]
    Task Fail(int unit, string message);

    /// <summary>The experiment's progress.</summary>
    [Alias("Status")]
    Task<ExperimentStatus> Status();

    /// <summary>Cancels the experiment: no more units are leased; workers drop its running units.</summary>
    [Alias("Cancel")]
    Task Cancel();
}
