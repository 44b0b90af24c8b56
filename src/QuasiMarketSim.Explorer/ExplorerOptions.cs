namespace QuasiMarketSim.Explorer;

/// <summary>How the explorer serves: where it listens and how much one browser tab may ask of the machine.</summary>
public sealed record ExplorerOptions
{
    /// <summary>Address to bind: loopback unless asked otherwise, so a classroom laptop does not serve the network by accident.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port to listen on (0: any free port).</summary>
    public int Port { get; init; } = 5100;

    /// <summary>The scenario the page opens with.</summary>
    public string Scenario { get; init; } = Scenarios.ScenarioLocator.DefaultScenario;

    /// <summary>
    /// The most patients one interactive world may have: the default-size worlds fit, a national-scale one is for
    /// <c>quasim run</c>, which the refusal message says.
    /// </summary>
    public long MaxPatients { get; init; } = 200_000;

    /// <summary>Worlds alive at once over all tabs; the oldest idle one makes way for a new one.</summary>
    public int MaxWorlds { get; init; } = 16;

    /// <summary>A world nobody has touched for this long is freed.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>Replications one "Run N replications" request may ask for.</summary>
    public int MaxReplications { get; init; } = 50;
}
