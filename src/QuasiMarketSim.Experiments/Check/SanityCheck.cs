using QuasiMarketSim.Experiments.Calibration;
using QuasiMarketSim.Experiments.Replications;
using QuasiMarketSim.Experiments.Statistics;

namespace QuasiMarketSim.Experiments.Check;

/// <summary>One calibration target beside the model's value of it.</summary>
/// <param name="Target">The target (observed value, uncertainty, source, the input it echoes).</param>
/// <param name="Model">The model's value across replications (95% interval of the mean).</param>
public sealed record TargetCheck(CalibrationTarget Target, ConfidenceInterval Model)
{
    /// <summary>Whether the model's mean lies in the observation's 95% interval.</summary>
    public bool Within => Target.Contains(Model.Mean);
}

/// <summary>
/// Runs replications of a scenario and sets them beside the calibration targets (<see cref="CalibrationTargets"/>, the
/// same catalogue `quasim calibrate` fits to). A target an input sets directly is a check of that input.
/// </summary>
public static class SanityCheck
{
    /// <summary>Runs the replications of <paramref name="request"/> and sets each target beside the model's value.</summary>
    public static (ReplicationResult Run, IReadOnlyList<TargetCheck> Targets) Execute(ReplicationRequest request, Action<int, int>? progress = null,
        CancellationToken cancellation = default)
    {
        var run = ReplicationExperiment.Execute(request, progress, cancellation);
        var set = run.Set;
        var input = run.Scenario.Input;
        var outcomes = Enumerable.Range(0, set.Count)
            .Select(r => RunOutcome.Of(set.Metrics, [.. Enumerable.Range(0, set.Metrics.Count).Select(m => set.WholeRun(m)[r])], input)).ToList();
        IReadOnlyList<TargetCheck> targets = [.. CalibrationTargets.All.Select(t => new TargetCheck(t, ConfidenceInterval.Of([.. outcomes.Select(t.Compute)])))];
        return (run, targets);
    }
}
