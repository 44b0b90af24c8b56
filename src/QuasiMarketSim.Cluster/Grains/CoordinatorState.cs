namespace QuasiMarketSim.Cluster.Grains;

/// <summary>A coordinator's persisted state: the submission and which units are done (never results).</summary>
[GenerateSerializer, Alias("quasim.CoordinatorState")]
public sealed class CoordinatorState
{
    /// <summary>The submission (null until submitted).</summary>
    [Id(0)] public ExperimentSubmission? Submission { get; set; }

    /// <summary>One flag per unit: 1 when done.</summary>
    [Id(1)] public byte[] Done { get; set; } = [];

    /// <summary>Cancelled with `quasim cancel`.</summary>
    [Id(2)] public bool Cancelled { get; set; }

    /// <summary>The first unit failure, which stops the experiment.</summary>
    [Id(3)] public string? Error { get; set; }
}
