using System.Diagnostics;

namespace QuasiMarketSim.Cli;

/// <summary>
/// A progress line on standard error for runs that take more than a moment: ticks done, rate and time left
/// (and, on a cluster, the nodes working).
/// Redrawn in place on a terminal; a line every 10% when standard error is a file or pipe.
/// </summary>
internal sealed class ProgressBar(TextWriter error, bool quiet, string unit = "months")
{
    private static readonly TimeSpan ShowAfter = TimeSpan.FromSeconds(1);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private int _lastDecile = -1;
    private TimeSpan _lastDraw;
    private bool _drawn;

    /// <summary>On a cluster: the silos working on the experiment (shown when set).</summary>
    public int? Nodes { get; set; }

    public void Report(int done, int total)
    {
        if (quiet || _clock.Elapsed < ShowAfter) return;
        var fraction = (double)done / total;
        var elapsed = _clock.Elapsed;
        if (_interactive)
        {
            if (done < total && elapsed - _lastDraw < TimeSpan.FromMilliseconds(100)) return;
            _lastDraw = elapsed;
        }
        else
        {
            var decile = (int)(fraction * 10);
            if (decile == _lastDecile) return;
            _lastDecile = decile;
        }
        var rate = done / Math.Max(1e-9, elapsed.TotalSeconds);
        var left = TimeSpan.FromSeconds((total - done) / Math.Max(1e-9, rate));
        var bar = new string('#', (int)(fraction * 30)).PadRight(30, '.');
        var line = $"  [{bar}] {done}/{total} {unit}  {rate:F1}/s  {left:mm\\:ss} left" + (Nodes is { } n ? $"  {n} node(s)" : "");
        error.Write(_interactive ? "\r" + line : line + Environment.NewLine);
        _drawn = true;
        // The last redraw ends its line at once, so whatever the command prints next starts on a line of its own.
        if (done >= total) Finish();
    }

    /// <summary>Ends the progress line (once) if one is drawn in place.</summary>
    public void Finish()
    {
        if (_drawn && _interactive) error.WriteLine();
        _drawn = false;
    }
}
