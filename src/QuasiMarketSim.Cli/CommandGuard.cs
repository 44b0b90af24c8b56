using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Cli;

/// <summary>
/// The one path from a command's outcome to its message and exit code (see <see cref="ExitCodes"/>): problems with
/// the user's input exit 1 with every problem listed (at most <see cref="MaxProblemsShown"/>), failures while running
/// exit 2 with what happened, and nothing reaches the user as a stack trace. Ctrl-C cancels the work cleanly.
/// </summary>
internal static class CommandGuard
{
    /// <summary>Problems listed before the rest are counted instead.</summary>
    public const int MaxProblemsShown = 50;

    /// <summary>Runs <paramref name="body"/> and maps what it throws to a message on standard error and an exit code.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="progress">The command's progress bar, finished before any message (null for none).</param>
    /// <param name="interrupted">What Ctrl-C leaves behind, in words.</param>
    /// <param name="body">The command's work; returns its exit code.</param>
    public static int Run(TextWriter error, ProgressBar? progress, string interrupted, Func<CancellationToken, int> body)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            var code = body(cancel.Token);
            progress?.Finish();
            return code;
        }
        catch (Exception e)
        {
            progress?.Finish();
            return Report(error, e, interrupted);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>
    /// As <see cref="Run"/> for a command that waits (a server): <paramref name="cancellation"/> is System.CommandLine's
    /// Ctrl-C token, and the body stops cleanly when it fires.
    /// </summary>
    public static async Task<int> RunAsync(TextWriter error, string interrupted, Func<CancellationToken, Task<int>> body, CancellationToken cancellation)
    {
        try
        {
            return await body(cancellation).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return Report(error, e, interrupted);
        }
    }

    private static int Report(TextWriter error, Exception e, string interrupted)
    {
        switch (e)
        {
            case ScenarioLoadException load:
                WriteProblems(error, load.Problems);
                error.WriteLine($"{load.Problems.Count} problem(s); nothing was run.");
                return ExitCodes.InvalidInput;
            case InputException or ArgumentException or FileNotFoundException or DirectoryNotFoundException or InvalidDataException or KeyNotFoundException:
                error.WriteLine($"error: {e.Message}");
                return ExitCodes.InvalidInput;
            case Experiments.Calibration.CalibrationException calibration:
                error.WriteLine($"calibration failed: {calibration.Message}");
                return ExitCodes.CheckFailed;
            case OperationCanceledException:
                error.WriteLine($"interrupted: {interrupted}");
                return ExitCodes.RuntimeFailure;
            case OutOfMemoryException or InsufficientExecutionStackException:
                error.WriteLine("failed: the machine ran out of memory; make the world or the experiment smaller, or run fewer at once (--threads)");
                return ExitCodes.RuntimeFailure;
            case IOException or UnauthorizedAccessException or Cluster.Hosting.ClusterUnavailableException or Cluster.Client.ClusterExperimentException:
                error.WriteLine($"failed: {e.Message}");
                return ExitCodes.RuntimeFailure;
            default:
                error.WriteLine($"internal error ({e.GetType().Name}): {e.Message}");
                error.WriteLine("This is a bug in quasim: please report it with the command you ran. Set QUASIM_DEBUG=1 to see where it happened.");
                if (Environment.GetEnvironmentVariable("QUASIM_DEBUG") == "1") error.WriteLine(e);
                return ExitCodes.RuntimeFailure;
        }
    }

    /// <summary>Writes problems one per line, the first <see cref="MaxProblemsShown"/> only, then how many more there are.</summary>
    public static void WriteProblems(TextWriter error, IReadOnlyList<ScenarioProblem> problems)
    {
        foreach (var p in problems.Take(MaxProblemsShown)) error.WriteLine(p.ToString());
        if (problems.Count > MaxProblemsShown) error.WriteLine($"... and {problems.Count - MaxProblemsShown} more problem(s) not shown");
    }
}
