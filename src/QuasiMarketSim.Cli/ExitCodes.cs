namespace QuasiMarketSim.Cli;

/// <summary>The program's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;
    /// <summary>Invalid input: a scenario or argument problem the user can fix.</summary>
    public const int InvalidInput = 1;
    /// <summary>A failure while running (a bug, or the machine: disk full, out of memory, interrupted).</summary>
    public const int RuntimeFailure = 2;
    /// <summary>A check ran to the end and found what it looks for (an inert lever), or a calibration accepted too few parameter sets.</summary>
    public const int CheckFailed = 3;
}
