using QuasiMarketSim.Model.Parameters;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Inputs;

/// <summary>
/// A validated scenario as the model sees it: no file format, no locations. Built by the scenario
/// loader (or directly by tests) and turned into a world by the world builder.
/// </summary>
public sealed class ScenarioInput
{
    private readonly IReadOnlyDictionary<string, ElementValues> _sections;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, object> _bound = new();

    /// <summary>Builds an input from validated, defaulted values.</summary>
    /// <param name="topLevel">Values of <see cref="ScenarioSchema.TopLevel"/> fields.</param>
    /// <param name="sections">Values of each section, by section name (absent sections take defaults).</param>
    /// <param name="lists">Elements of each list, by list name (absent lists take the list's defaults).</param>
    public ScenarioInput(
        ElementValues topLevel,
        IReadOnlyDictionary<string, ElementValues> sections,
        IReadOnlyDictionary<string, IReadOnlyList<ElementValues>> lists)
    {
        _sections = sections;
        Name = topLevel.Text(RunFields.Name);
        Description = topLevel.Text(RunFields.Description);
        Seed = unchecked((ulong)Convert.ToInt64(topLevel.Raw(RunFields.Seed), System.Globalization.CultureInfo.InvariantCulture));
        Ticks = topLevel.Integer(RunFields.Ticks);
        Warmup = topLevel.Integer(RunFields.Warmup);
        var staffElems = ListOrDefault(lists, StaffCategory.Spec);
        StaffCategories = [.. staffElems.Select(StaffCategory.From)];
        var lineElems = ListOrDefault(lists, ServiceLine.Spec);
        ServiceLines = [.. lineElems.Select(e => ServiceLine.From(e, name => IndexOf(StaffCategories.Select(c => c.Name), name)))];
        Events = [.. ListOrDefault(lists, ScheduledEvent.Spec).Select(e => ScheduledEvent.From(e, name => IndexOf(ServiceLines.Select(l => l.Name), name)))];
        Areas = [.. ListOrDefault(lists, AreaOverride.Spec).Select(AreaOverride.From)];
    }

    /// <summary>Scenario name.</summary>
    public string Name { get; }

    /// <summary>The what-if question.</summary>
    public string Description { get; }

    /// <summary>Master seed.</summary>
    public ulong Seed { get; }

    /// <summary>Recorded months.</summary>
    public int Ticks { get; }

    /// <summary>Unrecorded months before tick 0.</summary>
    public int Warmup { get; }

    /// <summary>Service lines commissioned in every area.</summary>
    public IReadOnlyList<ServiceLine> ServiceLines { get; }

    /// <summary>Staff categories.</summary>
    public IReadOnlyList<StaffCategory> StaffCategories { get; }

    /// <summary>Scheduled events.</summary>
    public IReadOnlyList<ScheduledEvent> Events { get; }

    /// <summary>Areas whose commissioners differ from the commissioning section (empty: every area as the section says).</summary>
    public IReadOnlyList<AreaOverride> Areas { get; }

    /// <summary>The name of the <see cref="Areas"/> element that sets <paramref name="area"/>, or "" when none does.</summary>
    public string AreaName(int area)
    {
        foreach (var e in Areas)
        {
            if (e.Covers(area)) return e.Name;
        }
        return "";
    }

    /// <summary>The values of one section (defaults where the scenario is silent).</summary>
    public ElementValues Section(SectionSpec section) => _sections.TryGetValue(section.Name, out var v) ? v : ElementValues.Empty;

    /// <summary>The typed values of the section <typeparamref name="T"/> declares (bound once, then kept).</summary>
    public T Section<T>() where T : class, IParameterSection, new() =>
        (T)_bound.GetOrAdd(typeof(T), _ => SectionBinder.Bind<T>(Section(T.Spec)));

    /// <summary>
    /// The value of the section parameter at <paramref name="path"/> ("trust.gain_rate"), its default when the
    /// scenario is silent: double, long, bool or string, as validated. For tools and tests; rules read typed sections.
    /// </summary>
    public object? Value(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var section = dot > 0 ? ScenarioSchema.Section(path[..dot]) : null;
        var field = section?.Fields.FirstOrDefault(f => f.Name == path[(dot + 1)..]) ?? throw new ArgumentException($"'{path}' is not a section parameter.", nameof(path));
        return Section(section!).Raw(field);
    }

    /// <summary>The world's size and make-up.</summary>
    internal WorldParameters World => Section<WorldParameters>();

    /// <summary>An input with every value at its default (the model's reference world).</summary>
    public static ScenarioInput Defaults(string name = "defaults") => new(
        new ElementValues(new Dictionary<string, object?> { ["name"] = name }),
        new Dictionary<string, ElementValues>(),
        new Dictionary<string, IReadOnlyList<ElementValues>>());

    /// <summary>
    /// Checks that span fields (a valid event tick within the run, an event's area within the world, patients
    /// for every line, memory of the population). Each problem is (path, message), the path as a scenario writes it.
    /// </summary>
    public IReadOnlyList<(string Path, string Message)> CrossCheck()
    {
        var problems = new List<(string, string)>();
        var commissioners = World.Commissioners;
        for (var i = 0; i < Events.Count; i++)
        {
            var e = Events[i];
            if (e.Tick >= Ticks)
                problems.Add(($"events[{i}].tick", $"tick {e.Tick} is not within the run: expected 0 to {Ticks - 1} (ticks = {Ticks})"));
            if (e.Commissioner >= commissioners)
                problems.Add(($"events[{i}].commissioner", $"area {e.Commissioner} does not exist: expected -1 (all) or 0 to {commissioners - 1} (world.commissioners = {commissioners})"));
        }
        CheckAreas(problems, commissioners);
        var names = new HashSet<string>();
        for (var i = 0; i < ServiceLines.Count; i++)
        {
            if (!names.Add(ServiceLines[i].Name)) problems.Add(($"service_lines[{i}].name", $"duplicate service line '{ServiceLines[i].Name}'"));
        }
        if (ServiceLines.Count == 0) problems.Add(("service_lines", "at least one service line is needed"));
        var categories = new HashSet<string>();
        for (var i = 0; i < StaffCategories.Count; i++)
        {
            if (!categories.Add(StaffCategories[i].Name)) problems.Add(($"staff_categories[{i}].name", $"duplicate staff category '{StaffCategories[i].Name}'"));
        }
        var size = Model.World.WorldSize.Of(this);
        if (size.Patients > 500_000_000)
            problems.Add(("world.patients_per_practice", $"{size.Patients:N0} patients in all is more than the 500,000,000 this build can hold"));
        else if (size.Oversized is { } big)
            problems.Add((big.Store.StartsWith("contracts", StringComparison.Ordinal) ? "world.lots_per_line" : "world.practices_per_commissioner",
                $"{big.Count:N0} {big.Store} is more than the {Model.World.WorldSize.MaxElements:N0} this build can hold"));
        CheckHolders(problems);
        var practices = World.PracticesPerCommissioner;
        var lots = World.LotsPerLine;
        if (lots > practices)
            problems.Add(("world.lots_per_line", $"{lots} lots cannot be cut from {practices} practices: expected at most world.practices_per_commissioner"));
        if (Section<TenderingParameters>().PriceWeightMin > Section<TenderingParameters>().PriceWeightMax)
            problems.Add(("tendering.price_weight_min", "must not exceed tendering.price_weight_max"));
        return problems;
    }

    /// <summary>Each element of "areas" names existing areas, under a name of its own, and no area is set twice.</summary>
    private void CheckAreas(List<(string, string)> problems, int commissioners)
    {
        var names = new HashSet<string>();
        var setBy = new int[commissioners];
        Array.Fill(setBy, -1);
        for (var i = 0; i < Areas.Count; i++)
        {
            var e = Areas[i];
            if (!names.Add(e.Name)) problems.Add(($"areas[{i}].name", $"duplicate area name '{e.Name}'"));
            if (e.First >= commissioners)
            {
                problems.Add(($"areas[{i}].first", $"area {e.First} does not exist: expected 0 to {commissioners - 1} (world.commissioners = {commissioners})"));
                continue;
            }
            if (e.Count > commissioners - e.First)
            {
                problems.Add(($"areas[{i}].count", $"{e.Count} areas from area {e.First} is more than the world has: expected at most {commissioners - e.First} "
                    + $"(world.commissioners = {commissioners})"));
                continue;
            }
            for (var a = e.First; a < e.First + e.Count; a++)
            {
                if (setBy[a] >= 0)
                {
                    problems.Add(($"areas[{i}].first", $"area {a} is already set by areas[{setBy[a]}] ('{Areas[setBy[a]].Name}'): each area may be set by one element only"));
                    break;
                }
                setBy[a] = i;
            }
        }
    }

    /// <summary>Every service line needs, in each area at the start, a provider to hold it: its incumbent kind or a kind able to deliver it.</summary>
    private void CheckHolders(List<(string, string)> problems)
    {
        var present = StartingProviders();
        for (var i = 0; i < ServiceLines.Count; i++)
        {
            var line = ServiceLines[i];
            if (present[(int)line.Incumbent] > 0 || line.Providers.Any(k => present[(int)k] > 0)) continue;
            var kinds = string.Join(", ", new[] { line.Incumbent }.Concat(line.Providers).Distinct().Select(k => ProviderKinds.Names[(int)k]));
            problems.Add(($"service_lines[{i}].providers",
                $"no provider can hold '{line.Name}' at the start: the world has none of its incumbent or able kinds ({kinds}); add one (e.g. world.community_trusts=1) or widen providers"));
        }
    }

    /// <summary>Providers of each kind in every area at the start, indexed by <see cref="ProviderKind"/>.</summary>
    public int[] StartingProviders() =>
    [
        World.AcuteTrusts, World.CommunityTrusts, World.MentalHealthTrusts,
        World.PracticesPerCommissioner, World.PrivateFirms, World.VoluntaryOrgs,
    ];

    private static IReadOnlyList<ElementValues> ListOrDefault(IReadOnlyDictionary<string, IReadOnlyList<ElementValues>> lists, ListSpec spec) =>
        lists.TryGetValue(spec.Name, out var given) ? given : [.. spec.Defaults.Select(ElementValues.Of)];

    private static int IndexOf(IEnumerable<string> names, string name)
    {
        var i = 0;
        foreach (var n in names)
        {
            if (n == name) return i;
            i++;
        }
        throw new ArgumentException($"'{name}' is not defined.", nameof(name));
    }
}
