using System.Runtime.CompilerServices;

namespace QuasiMarketSim.Explorer;

/// <summary>
/// Go: advances a world month by month and yields each month's row as JSON for a Server-Sent Events response, at the
/// pace the page asked for. Pausing is closing the stream; the world keeps its month and the next Go carries on.
/// </summary>
public static class MonthFeed
{
    /// <summary>Slowest to fastest; at the fastest the engine runs flat out and the page draws what arrives.</summary>
    public const int MaxSpeed = 10;

    /// <summary>Pause between months at <paramref name="speed"/> (1 slowest, <see cref="MaxSpeed"/> none).</summary>
    public static TimeSpan Delay(int speed) => TimeSpan.FromMilliseconds(speed >= MaxSpeed ? 0 : (MaxSpeed - Math.Max(1, speed)) * 60);

    /// <summary>Rows of <paramref name="world"/> from its current month to its horizon (or until the client leaves).</summary>
    public static async IAsyncEnumerable<string> Months(ExplorerWorld world, int speed, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var delay = Delay(speed);
        while (!cancellation.IsCancellationRequested)
        {
            MonthRow? row;
            await world.Gate.WaitAsync(cancellation).ConfigureAwait(false);
            try
            {
                row = world.Step(1) is [var only] ? only : null;
            }
            finally
            {
                world.Gate.Release();
            }
            if (row is null) yield break;
            yield return Json(row);
            if (delay > TimeSpan.Zero) await Task.Delay(delay, cancellation).ConfigureAwait(false);
            else await Task.Yield();
        }
    }

    /// <summary>One row as JSON, numbers in the shortest form that reads back to the same double (as ticks.csv writes them).</summary>
    public static string Json(MonthRow row) => ExplorerJson.Write(row);
}
