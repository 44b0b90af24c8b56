using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>Turns an experiment's failure into the right message and exit code.</summary>
internal static class ExperimentErrors
{
    /// <summary>Runs <paramref name="body"/>, mapping scenario problems to exit 1 and failures to exit 2.</summary>
    public static int Guard(TextWriter error, ProgressBar progress, Func<CancellationToken, int> body)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            var code = body(cancel.Token);
            progress.Finish();
            return code;
        }
        catch (ScenarioLoadException e)
        {
            foreach (var problem in e.Problems) error.WriteLine(problem.ToString());
            error.WriteLine($"{e.Problems.Count} problem(s); nothing was run.");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is FileNotFoundException or ArgumentException)
        {
            progress.Finish();
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            progress.Finish();
            error.WriteLine("interrupted: only complete results were kept.");
            return ExitCodes.RuntimeFailure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            progress.Finish();
            error.WriteLine($"failed: {e.Message}");
            return ExitCodes.RuntimeFailure;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
