using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Explorer;

/// <summary>A metric as the page labels it.</summary>
/// <param name="Name">Column name.</param>
/// <param name="Label">Words for people.</param>
/// <param name="Unit">Unit.</param>
/// <param name="Group">Its concern.</param>
/// <param name="Meaning">What it measures.</param>
public sealed record MetricLabel(string Name, string Label, string Unit, string Group, string Meaning);

/// <summary>A scheduled event, to mark on the plots' time axis.</summary>
/// <param name="Month">Recorded month it happens.</param>
/// <param name="Type">Its kind as written in scenarios.</param>
/// <param name="Second">True when only the side-by-side world has it.</param>
public sealed record EventMark(int Month, string Type, bool Second);

/// <summary>What the page needs to draw a new world: its id, size, metrics, events, service lines and the Bartlett-Le Grand conditions.</summary>
/// <param name="Id">World id (the tab's session).</param>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Seed">Seed used.</param>
/// <param name="Month">Months recorded so far.</param>
/// <param name="Horizon">Recorded months in the run.</param>
/// <param name="Metrics">Metrics in column order.</param>
/// <param name="Events">Scheduled events.</param>
/// <param name="Lines">Service line names.</param>
/// <param name="Conditions">Bartlett-Le Grand condition metric prefixes (with parcelability).</param>
/// <param name="Twin">True when a side-by-side world runs beside it.</param>
/// <param name="MaxPatients">The interactive size cap.</param>
public sealed record WorldSummary(string Id, string Scenario, ulong Seed, int Month, int Horizon, IReadOnlyList<MetricLabel> Metrics,
    IReadOnlyList<EventMark> Events, IReadOnlyList<string> Lines, IReadOnlyList<string> Conditions, bool Twin, long MaxPatients)
{
    /// <summary>The summary of <paramref name="world"/>.</summary>
    public static WorldSummary Of(ExplorerWorld world, ExplorerOptions options)
    {
        var input = world.Scenario.Input;
        return new WorldSummary(world.Id, input.Name, input.Seed, world.Month, world.Horizon,
            [.. world.Metrics.Select(m => new MetricLabel(m.Name, m.Label, m.Unit, m.Group, m.Meaning))],
            [.. input.Events.Select(e => new EventMark(e.Tick, Model.Specs.EnumNames.Name(e.Kind), false)),
                .. (world.TwinScenario?.Input.Events ?? []).Where(e => !input.Events.Contains(e)).Select(e => new EventMark(e.Tick, Model.Specs.EnumNames.Name(e.Kind), true))],
            [.. input.ServiceLines.Select(l => l.Name)], MetricCatalog.Conditions, world.TwinScenario is not null, options.MaxPatients);
    }
}
