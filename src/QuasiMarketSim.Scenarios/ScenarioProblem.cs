namespace QuasiMarketSim.Scenarios;

/// <summary>One problem in a scenario, located as file:line: path.</summary>
/// <param name="File">The file as the user named it ("--set" for a command-line override).</param>
/// <param name="Line">1-based line (for --set, the override's position); 0 when no line applies.</param>
/// <param name="Path">Where in the scenario, in --set notation (trust.gain_rate, events[0].tick).</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record ScenarioProblem(string File, int Line, string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Path}: {Message}";
}

/// <summary>A scenario could not be loaded; <see cref="Problems"/> lists everything found in one pass.</summary>
public sealed class ScenarioLoadException : InputException
{
    /// <summary>Creates the exception.</summary>
    public ScenarioLoadException(IReadOnlyList<ScenarioProblem> problems)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.ToString()))) => Problems = problems;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ScenarioProblem> Problems { get; }
}
