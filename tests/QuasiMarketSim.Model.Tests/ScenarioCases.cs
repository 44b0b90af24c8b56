using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using QuasiMarketSim.Model.Inputs;

namespace QuasiMarketSim.Model.Tests;

/// <summary>A scheduled event as a generated test case.</summary>
internal sealed record EventCase(int Tick, string Type, double Magnitude, int Duration, int Commissioner, string? Line)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Type}@{Tick}(m={Magnitude}, d={Duration}, area={Commissioner}, line={Line ?? "all"})");
}

/// <summary>A random but small scenario: seed, repertoire, stance, shape and a handful of events.</summary>
internal sealed record ScenarioCase(ulong Seed, double Mix, string Stance, int Areas, int PerRegion, int Lots, bool Contingent, EventCase[] Events)
{
    public const int Ticks = 36;

    public static readonly string[] LineNames = ["diabetes", "stroke_esd", "dementia_memory"];

    public ScenarioInput Build()
    {
        var b = TestWorlds.Small(areas: Areas, practices: 4, patients: 60, ticks: Ticks)
            .Mix(Mix)
            .Stance(Stance)
            .Set("commissioning", "contingent_switching", Contingent)
            .Set("world", "commissioners_per_region", (long)PerRegion)
            .Set("world", "lots_per_line", (long)Lots);
        foreach (var e in Events) b.Event(e.Tick, e.Type, e.Magnitude, e.Duration, e.Commissioner, e.Line);
        return b.Build();
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"seed={Seed} mix={Mix} stance={Stance} areas={Areas} perRegion={PerRegion} lots={Lots} contingent={Contingent} events=[{string.Join(", ", Events.Select(e => e.ToString()))}]");

    private static Gen<double> Unit => Gen.Choose(0, 1000).Select(x => x / 1000.0);

    private static Gen<EventCase> EventOf(int areas, string? onlyType) =>
        from tick in Gen.Choose(0, Ticks - 1)
        from type in onlyType is null ? Gen.Elements(ScheduledEvent.KindNames.ToArray()) : Gen.Constant(onlyType)
        from magnitude in Unit
        from duration in Gen.Choose(1, 24)
        from area in Gen.Choose(-1, areas - 1)
        from line in Gen.Elements(new string?[] { null, LineNames[0], LineNames[1], LineNames[2] })
        select new EventCase(tick, type, magnitude, duration, area, line);

    /// <summary>Random cases; with <paramref name="onlyType"/>, every event is of that kind.</summary>
    public static Arbitrary<ScenarioCase> Arbitrary(string? onlyType = null, int maxEvents = 5) =>
        (from hi in Gen.Choose(0, int.MaxValue)
         from lo in Gen.Choose(0, int.MaxValue)
         from mix in Unit
         from stance in Gen.Elements(Specs.EnumNames.Of<Stance>().ToArray())
         from areas in Gen.Choose(1, 3)
         from perRegion in Gen.Choose(1, 2)
         from lots in Gen.Choose(1, 2)
         from contingent in Gen.Elements(false, true)
         from count in Gen.Choose(onlyType is null ? 0 : 1, maxEvents)
         from events in EventOf(areas, onlyType).ArrayOf(count)
         select new ScenarioCase(((ulong)hi << 31) ^ (ulong)lo, mix, stance, areas, perRegion, lots, contingent, events))
        .ToArbitrary();
}
