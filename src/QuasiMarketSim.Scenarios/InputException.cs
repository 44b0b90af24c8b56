namespace QuasiMarketSim.Scenarios;

/// <summary>
/// The user's input (an option, a path, a results folder, a manifest) cannot be used; the message says which input
/// and what was expected. Commands report it and exit 1 before doing any work.
/// </summary>
public class InputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InputException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public InputException(string message, Exception inner) : base(message, inner)
    {
    }
}
