namespace QuasiMarketSim.Experiments.Execution;

/// <summary>Runs units on this machine's threads (what every experiment did before executors existed).</summary>
public sealed class LocalExecutor : IUnitExecutor
{
    /// <summary>The one instance (it holds nothing).</summary>
    public static readonly LocalExecutor Instance = new();

    private LocalExecutor()
    {
    }

    /// <inheritdoc />
    public void Run(IUnitWork work, string outputDirectory, IReadOnlyList<int> todo, int concurrency, Action<int, string> completed, CancellationToken cancellation) =>
        UnitScheduler.Run(todo, concurrency, work.Run, completed, cancellation);
}
