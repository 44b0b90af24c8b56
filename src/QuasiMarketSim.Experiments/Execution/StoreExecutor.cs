using System.Globalization;

namespace QuasiMarketSim.Experiments.Execution;

/// <summary>
/// Gathers units that other processes ran into the output folder's <see cref="UnitStore"/> (`quasim sweep S --unit K`
/// in a Slurm array or Kubernetes indexed job), for `--collect`. Runs nothing: a missing unit is an error naming it.
/// </summary>
public sealed class StoreExecutor : IUnitExecutor
{
    /// <summary>The one instance (it holds nothing).</summary>
    public static readonly StoreExecutor Instance = new();

    private StoreExecutor()
    {
    }

    /// <inheritdoc />
    public void Run(IUnitWork work, string outputDirectory, IReadOnlyList<int> todo, int concurrency, Action<int, string> completed, CancellationToken cancellation)
    {
        var store = new UnitStore(outputDirectory);
        var missing = todo.Where(u => !store.Has(work.Key(u))).ToList();
        if (missing.Count > 0)
        {
            var list = string.Join(", ", missing.Take(10).Select(u => u.ToString(CultureInfo.InvariantCulture))) + (missing.Count > 10 ? ", ..." : "");
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"--collect: {missing.Count} of {work.Units} units are not in {store.Folder} (units {list}): run them with --unit K --out {outputDirectory}, then collect again"));
        }
        foreach (var u in todo)
        {
            cancellation.ThrowIfCancellationRequested();
            completed(u, store.TryRead(work.Key(u))!);
        }
    }
}
