using System.Runtime.CompilerServices;
using QuasiMarketSim.Experiments;

namespace QuasiMarketSim.Explorer;

/// <summary>Progress of "Run N replications": how many have finished.</summary>
/// <param name="Done">Replications finished.</param>
/// <param name="Total">Replications asked for.</param>
public sealed record ReplicationProgress(int Done, int Total);

/// <summary>The spread of N replications, month by month, for the metrics the page plots.</summary>
/// <param name="Count">Replications run.</param>
/// <param name="Metrics">The metrics, in the order of the arrays.</param>
/// <param name="Low">10th percentile per metric per month.</param>
/// <param name="Median">Median per metric per month.</param>
/// <param name="High">90th percentile per metric per month.</param>
public sealed record Bands(int Count, IReadOnlyList<string> Metrics, double[][] Low, double[][] Median, double[][] High);

/// <summary>
/// "Run 20 replications": the world's scenario run with the replication seeds `quasim run -r N` uses (derived from the
/// master seed), on the server, one after another so a workshop's laptops stay responsive; yields progress, then bands.
/// </summary>
public static class ReplicationBands
{
    // One replication runs at a time over all tabs: a room of students pressing the button queue rather than share two cores.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Progress events ("progress") and finally the bands ("bands"), as JSON with their event names.</summary>
    public static async IAsyncEnumerable<(string Event, string Json)> Run(ExplorerWorld world, int count, IReadOnlyList<string> metrics,
        [EnumeratorCancellation] CancellationToken cancellation)
    {
        var input = world.Scenario.Input;
        var columns = metrics.Select(m => world.Metrics.ToList().FindIndex(i => i.Name == m)).ToArray();
        var runs = new List<double[][]>();
        for (var r = 0; r < count; r++)
        {
            var seed = Seeds.Replication(input.Seed, r);
            await OneAtATime.WaitAsync(cancellation).ConfigureAwait(false);
            Core.Recording.MetricTable table;
            try
            {
                (table, _) = await Task.Run(() => RunUnit.Run(input, seed, cancellation), cancellation).ConfigureAwait(false);
            }
            finally
            {
                OneAtATime.Release();
            }
            runs.Add([.. columns.Select(c => table.Rows.Select(row => row[c]).ToArray())]);
            world.Touch();
            yield return ("progress", ExplorerJson.Write(new ReplicationProgress(r + 1, count)));
        }
        yield return ("bands", ExplorerJson.Write(Of(runs, metrics, input.Ticks)));
    }

    /// <summary>Percentiles over <paramref name="runs"/> (run, metric, month).</summary>
    public static Bands Of(IReadOnlyList<double[][]> runs, IReadOnlyList<string> metrics, int months)
    {
        double[][] Quantile(double q) => [.. metrics.Select((_, m) => Enumerable.Range(0, months).Select(t =>
        {
            var values = runs.Select(run => run[m][t]).Where(double.IsFinite).Order().ToArray();
            if (values.Length == 0) return double.NaN;
            var position = q * (values.Length - 1);
            var below = (int)Math.Floor(position);
            var above = Math.Min(values.Length - 1, below + 1);
            return values[below] + (position - below) * (values[above] - values[below]);
        }).ToArray())];
        return new Bands(runs.Count, metrics, Quantile(0.1), Quantile(0.5), Quantile(0.9));
    }
}
