using QuasiMarketSim.Model;
using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Explorer;

/// <summary>One recorded month as the page draws it: the values in column order, and the twin world's when there is one.</summary>
/// <param name="Month">Recorded month, 0 the first after warm-up.</param>
/// <param name="Values">One value per metric.</param>
/// <param name="Twin">The side-by-side world's values for the same month, or null.</param>
public sealed record MonthRow(int Month, double[] Values, double[]? Twin);

/// <summary>
/// One tab's world: the scenario loaded through the same path as <c>quasim run</c> (overrides validated by the scenario
/// loader), built by the engine and advanced a month at a time. A second world that differs only in the levers changed
/// runs beside it with the same seed when asked.
/// </summary>
public sealed class ExplorerWorld : IDisposable
{
    private readonly Simulation _simulation;
    private readonly Simulation? _twin;

    private ExplorerWorld(string id, WorldRequest request, LoadedScenario scenario, LoadedScenario? twinScenario)
    {
        Id = id;
        Request = request;
        Scenario = scenario;
        TwinScenario = twinScenario;
        _simulation = Simulation.Create(scenario.Input, scenario.Input.Seed);
        _twin = twinScenario is null ? null : Simulation.Create(twinScenario.Input, twinScenario.Input.Seed);
        // Warm-up months are not recorded; the page starts at month 0 as ticks.csv does.
        _simulation.Step(scenario.Input.Warmup);
        _twin?.Step(twinScenario!.Input.Warmup);
        Touch();
    }

    /// <summary>The world's id (the tab's session).</summary>
    public string Id { get; }

    /// <summary>What the tab asked for.</summary>
    public WorldRequest Request { get; }

    /// <summary>The loaded scenario, with the levers applied.</summary>
    public LoadedScenario Scenario { get; }

    /// <summary>The side-by-side world's scenario, or null.</summary>
    public LoadedScenario? TwinScenario { get; }

    /// <summary>Serialises stepping, streaming and reading: one world is advanced by one request at a time.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>When a request last used this world (UTC ticks), read by the idle sweep.</summary>
    public long LastUsed { get; private set; }

    /// <summary>The metrics, in column order.</summary>
    public IReadOnlyList<MetricInfo> Metrics => _simulation.Metrics;

    /// <summary>Months recorded so far.</summary>
    public int Month => _simulation.Results.Rows.Count;

    /// <summary>Recorded months in the run.</summary>
    public int Horizon => Scenario.Input.Ticks;

    /// <summary>True when every month has run.</summary>
    public bool Finished => Month >= Horizon;

    /// <summary>
    /// Loads <paramref name="request"/>'s scenario with its levers (throwing <see cref="ScenarioLoadException"/> with the CLI's
    /// messages), refuses a world larger than <paramref name="options"/> allows, and builds it.
    /// </summary>
    public static ExplorerWorld Create(string id, WorldRequest request, ExplorerOptions options)
    {
        var path = ShippedScenarios.PathOf(request.Scenario);
        var overrides = new RunRequest(request.Scenario, request.Overrides, request.Seed).AllOverrides();
        var scenario = ScenarioLoader.Load(path, overrides);
        CheckSize(scenario, request.Scenario, options);
        LoadedScenario? twin = null;
        if (request.TwinOverrides is { } extra)
        {
            twin = ScenarioLoader.Load(path, [.. overrides, .. extra, FormattableString.Invariant($"seed={scenario.Input.Seed}")]);
            CheckSize(twin, request.Scenario, options);
        }
        return new ExplorerWorld(id, request, scenario, twin);
    }

    /// <summary>
    /// This world with <paramref name="sets"/> moved now, as a scheduled event (<see cref="LeverChange"/>): on the second
    /// world when there is one (the first keeps its levers, so the two differ only in what was moved), else on this one.
    /// The rebuilt world replays the months run so far with the same seed, so what the page has drawn stays true.
    /// </summary>
    public ExplorerWorld WithLever(IReadOnlyList<string> sets, ExplorerOptions options)
    {
        var onTwin = TwinScenario is not null;
        var events = LeverChange.EventsOverride(onTwin ? TwinScenario! : Scenario, Month, sets);
        var request = onTwin ? Request with { TwinOverrides = [.. Request.TwinOverrides!, events] } : Request with { Overrides = [.. Request.Overrides, events] };
        var rebuilt = Create(Id, request, options);
        rebuilt.Step(Month);
        return rebuilt;
    }

    /// <summary>Marks the world as used now.</summary>
    public void Touch() => LastUsed = DateTime.UtcNow.Ticks;

    /// <summary>Runs up to <paramref name="months"/> more months (fewer at the horizon) and returns their rows.</summary>
    public IReadOnlyList<MonthRow> Step(int months)
    {
        Touch();
        var rows = new List<MonthRow>();
        for (var i = 0; i < months && !Finished; i++)
        {
            _simulation.Step(1);
            _twin?.Step(1);
            rows.Add(RowAt(Month - 1));
        }
        return rows;
    }

    /// <summary>The recorded row of <paramref name="month"/>.</summary>
    public MonthRow RowAt(int month) =>
        new(month, _simulation.Results.Rows[month], _twin is null ? null : _twin.Results.Rows[month]);

    /// <summary>Who is contracted with whom now.</summary>
    public NetworkSnapshot Network() => NetworkSnapshot.Of(_simulation);

    /// <summary>The twin's network now, or null.</summary>
    public NetworkSnapshot? TwinNetwork() => _twin is null ? null : NetworkSnapshot.Of(_twin);

    /// <inheritdoc/>
    public void Dispose()
    {
        _simulation.Dispose();
        _twin?.Dispose();
        Gate.Dispose();
    }

    private static void CheckSize(LoadedScenario scenario, string name, ExplorerOptions options)
    {
        var patients = WorldSize.Of(scenario.Input).Patients;
        if (patients > options.MaxPatients)
        {
            throw new InputException(FormattableString.Invariant(
                $"this world has {patients:N0} patients; the explorer runs worlds of at most {options.MaxPatients:N0} patients interactively: run it with `quasim run {name}`"));
        }
    }
}
