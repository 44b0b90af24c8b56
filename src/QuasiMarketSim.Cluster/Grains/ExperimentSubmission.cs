namespace QuasiMarketSim.Cluster.Grains;

/// <summary>What a client submits: the experiment's units as a rebuildable spec, where their results go, and the command to reattach with.</summary>
/// <param name="Id">The experiment's id (a hash of its output folder and spec, so submitting the same experiment again is the same experiment).</param>
/// <param name="Kind">Units' kind (see QuasiMarketSim.Experiments.Execution.UnitWorks).</param>
/// <param name="Spec">Units' spec.</param>
/// <param name="OutputDirectory">The output folder (full path, on the file system every node shares); its "units" folder is the results store.</param>
/// <param name="Units">Units in the experiment.</param>
/// <param name="Command">The submitting command as JSON, so `quasim status --attach` can collect it as the submitter would have.</param>
/// <param name="SubmittedUtc">When first submitted.</param>
/// <param name="AlreadyDone">One flag per unit, 1 for a unit the submitter already has (a resumed sweep's journal); empty when none.</param>
[GenerateSerializer, Immutable, Alias("quasim.ExperimentSubmission")]
public sealed record ExperimentSubmission([property: Id(0)] string Id, [property: Id(1)] string Kind, [property: Id(2)] string Spec,
    [property: Id(3)] string OutputDirectory, [property: Id(4)] int Units, [property: Id(5)] string Command, [property: Id(6)] DateTime SubmittedUtc,
    [property: Id(7)] byte[] AlreadyDone);

/// <summary>An experiment's progress as its coordinator knows it.</summary>
/// <param name="Known">False when the coordinator has no submission (never submitted, or its in-memory state died with its silo).</param>
/// <param name="Submission">The submission (null when unknown).</param>
/// <param name="Done">Units done.</param>
/// <param name="Leased">Units leased to workers now.</param>
/// <param name="Nodes">Silos that asked for work in the last few seconds.</param>
/// <param name="Cancelled">Cancelled with `quasim cancel`.</param>
/// <param name="Error">A unit's failure, which stops the experiment.</param>
[GenerateSerializer, Immutable, Alias("quasim.ExperimentStatus")]
public sealed record ExperimentStatus([property: Id(0)] bool Known, [property: Id(1)] ExperimentSubmission? Submission, [property: Id(2)] int Done,
    [property: Id(3)] int Leased, [property: Id(4)] int Nodes, [property: Id(5)] bool Cancelled, [property: Id(6)] string? Error);

/// <summary>A coordinator's answer to a worker asking for units.</summary>
/// <param name="Units">Units leased to the worker (may be empty).</param>
/// <param name="Stop">The experiment needs no more work from anyone (finished, cancelled, failed or unknown): drop it and its running units.</param>
[GenerateSerializer, Immutable, Alias("quasim.LeaseReply")]
public sealed record LeaseReply([property: Id(0)] int[] Units, [property: Id(1)] bool Stop);
