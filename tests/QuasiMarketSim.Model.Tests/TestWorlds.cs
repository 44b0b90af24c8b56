using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Tests;

/// <summary>Builds small scenario inputs for tests, the way the scenario loader would (typed, defaulted values).</summary>
internal sealed class ScenarioBuilder
{
    private readonly Dictionary<string, object?> _top = new() { ["name"] = "test" };
    private readonly Dictionary<string, Dictionary<string, object?>> _sections = [];
    private readonly List<ElementValues> _events = [];
    private readonly Dictionary<string, List<ElementValues>> _lists = [];

    /// <summary>Sets a top-level field (seed, ticks, warmup, ...).</summary>
    public ScenarioBuilder Top(string field, object value)
    {
        _top[field] = value;
        return this;
    }

    /// <summary>Sets a section parameter; numbers must be double, integers long, flags bool, choices string.</summary>
    public ScenarioBuilder Set(string section, string field, object value)
    {
        if (!_sections.TryGetValue(section, out var values)) _sections[section] = values = [];
        values[field] = value;
        return this;
    }

    public ScenarioBuilder Ticks(int ticks) => Top("ticks", (long)ticks);
    public ScenarioBuilder Warmup(int warmup) => Top("warmup", (long)warmup);
    public ScenarioBuilder Mix(double relationalMix) => Set("commissioning", "relational_mix", relationalMix);
    public ScenarioBuilder Stance(string stance) => Set("commissioning", "stance", stance);

    /// <summary>Adds a scheduled event (tick counted from the end of the warm-up).</summary>
    public ScenarioBuilder Event(int tick, string type, double magnitude = 0.5, int duration = 12, int commissioner = -1, string? serviceLine = null,
        string? stance = null)
    {
        var values = new Dictionary<string, object?>
        {
            ["tick"] = (long)tick,
            ["type"] = type,
            ["magnitude"] = magnitude,
            ["duration"] = (long)duration,
            ["commissioner"] = (long)commissioner,
        };
        if (serviceLine is not null) values["service_line"] = serviceLine;
        if (stance is not null) values["stance"] = stance;
        _events.Add(new ElementValues(values));
        return this;
    }

    /// <summary>
    /// Adds an element to the "areas" list: <paramref name="count"/> areas from <paramref name="first"/> named
    /// <paramref name="name"/>, with the given commissioning settings (field name, value: numbers double, stance string).
    /// </summary>
    public ScenarioBuilder Area(string name, int first, int count = 1, params (string Field, object Value)[] settings)
    {
        var values = new Dictionary<string, object> { ["name"] = name, ["first"] = (long)first, ["count"] = (long)count };
        foreach (var (field, value) in settings) values[field] = value;
        if (!_lists.TryGetValue("areas", out var areas)) _lists["areas"] = areas = [];
        areas.Add(ElementValues.Of(values));
        return this;
    }

    /// <summary>Replaces a whole list (service_lines, staff_categories) with the given elements.</summary>
    public ScenarioBuilder List(string name, params IReadOnlyDictionary<string, object>[] elements)
    {
        _lists[name] = [.. elements.Select(ElementValues.Of)];
        return this;
    }

    /// <summary>Applies <paramref name="change"/> when <paramref name="condition"/> holds (for paired scenarios).</summary>
    public ScenarioBuilder If(bool condition, Func<ScenarioBuilder, ScenarioBuilder> change) => condition ? change(this) : this;

    public ScenarioInput Build()
    {
        var lists = new Dictionary<string, IReadOnlyList<ElementValues>>();
        foreach (var (name, elements) in _lists) lists[name] = elements;
        if (_events.Count > 0) lists["events"] = _events;
        return new ScenarioInput(
            new ElementValues(_top),
            _sections.ToDictionary(kv => kv.Key, kv => new ElementValues(kv.Value)),
            lists);
    }
}

/// <summary>Small worlds that run in milliseconds.</summary>
internal static class TestWorlds
{
    /// <summary>Every event kind as written in scenario files.</summary>
    public static IReadOnlyList<string> EventKinds => ScheduledEvent.KindNames;

    /// <summary>Every event kind as theory data, so a new kind is tested without editing the tests.</summary>
    public static TheoryData<string> EventKindCases => [.. ScheduledEvent.KindNames];

    /// <summary>
    /// A small world: <paramref name="areas"/> areas x <paramref name="practices"/> practices x
    /// <paramref name="patients"/> patients, the three default service lines, no warm-up.
    /// </summary>
    public static ScenarioBuilder Small(int areas = 2, int practices = 4, int patients = 60, int ticks = 36, int warmup = 0) =>
        new ScenarioBuilder()
            .Ticks(ticks)
            .Warmup(warmup)
            .Set("world", "commissioners", (long)areas)
            .Set("world", "practices_per_commissioner", (long)practices)
            .Set("world", "patients_per_practice", (long)patients);

    /// <summary>A simulation of <paramref name="input"/> that has been built but has run no tick.</summary>
    public static Simulation Create(ScenarioInput input, ulong seed = 1, int threads = 1, bool perArea = false) => Simulation.Create(input, seed, threads, perArea);
}
