namespace QuasiMarketSim.Cli.Tests.BadInput;

/// <summary>
/// One input a careful or careless user might give quasim, and what must happen: the exit code, how the message
/// starts, and which paths (relative to the working folder) may change. Everything else in the sandbox, the folder
/// above the working folder included, must be byte-for-byte as it was.
/// </summary>
/// <param name="Name">What the case tries.</param>
/// <param name="Args">The command line.</param>
/// <param name="Exit">Expected exit code (0 ok, 1 invalid input, 2 runtime failure).</param>
/// <param name="Message">The start of a line of the output (standard error, then standard output); "..." before it means anywhere in a line.</param>
/// <param name="Writes">Paths under the working folder that may be created or changed (prefixes).</param>
public sealed record BadInputCase(string Name, string[] Args, int Exit, string Message, params string[] Writes)
{
    /// <summary>Text that must not appear in any output (a secret from a file the program must not read).</summary>
    public string? MustNotSay { get; init; }

    /// <summary>The most lines standard error may have (a flood of problems is capped).</summary>
    public int MaxErrorLines { get; init; } = 60;

    /// <summary>Changes the sandbox's working folder before the command runs.</summary>
    public Action<string>? Prepare { get; init; }

    /// <summary>Cases that need a named pipe or symbolic links run on Unix only.</summary>
    public bool UnixOnly { get; init; }

    public override string ToString() => Name;
}
