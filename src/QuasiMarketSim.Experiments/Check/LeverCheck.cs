using System.Globalization;
using QuasiMarketSim.Model.Specs;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.Check;

/// <summary>One behavioural parameter run at two values.</summary>
/// <param name="Path">The parameter (section.key).</param>
/// <param name="From">The value in the world it was tried in.</param>
/// <param name="To">The other value tried (the one that moved most metrics).</param>
/// <param name="World">Which world it was tried in (the default world, or the one its mechanism needs).</param>
/// <param name="MetricsMoved">How many metrics' whole-run values changed.</param>
/// <param name="Largest">The metric that moved most (relative change), or empty.</param>
public sealed record LeverResult(string Path, string From, string To, string World, int MetricsMoved, string Largest)
{
    /// <summary>True when no metric moved at all: the parameter is a bug or should be deleted.</summary>
    public bool Inert => MetricsMoved == 0;
}

/// <summary>
/// Levers that matter: every declared behavioural parameter (all sections but the world's sizes) is run at its value
/// and at another, with the same seed, in a world that exercises every mechanism (events of every kind, learning,
/// contingent switching) under the scenario's repertoire and under a transactional one; a parameter that only acts
/// under one stance or payment form is tried in a world with that stance or form. A parameter that moves no metric in
/// either is inert.
/// </summary>
public static class LeverCheck
{
    /// <summary>
    /// The world every lever is tried in: the scenario with three lots per service line (so review capacity binds),
    /// events of every kind at different times, learning and contingent switching on.
    /// </summary>
    public static IReadOnlyList<string> ExercisingWorld { get; } =
    [
        "world.lots_per_line=3",
        "commissioning.learning_rate=1",
        "commissioning.contingent_switching=true",
        """events=[{"tick":18,"type":"entrant_arrival","commissioner":1},"""
            + """{"tick":24,"type":"mandate_to_tender","duration":24,"commissioner":2},{"tick":30,"type":"demand_growth","magnitude":0.2},"""
            + """{"tick":36,"type":"staff_shock","magnitude":0.2},{"tick":42,"type":"provider_failure","commissioner":1},"""
            + """{"tick":60,"type":"structural_reform","magnitude":0.1,"duration":12,"commissioner":0},{"tick":84,"type":"budget_squeeze","magnitude":0.15}]""",
    ];

    /// <summary>The repertoires every lever is tried under: the scenario's own, and a transactional one.</summary>
    private static readonly (string Name, string[] Overrides)[] Repertoires =
    [
        ("scenario's repertoire", []),
        ("transactional repertoire", ["commissioning.relational_mix=0.2", "commissioning.stance=agency"]),
    ];

    /// <summary>
    /// Worlds for parameters that act only under one stance, payment form or market: by a part of the parameter's path,
    /// the world's name, another shipped scenario to start from (or null) and extra overrides.
    /// </summary>
    private static readonly (string Part, string World, string? Scenario, string[] Extra)[] Contexts =
    [
        // The most specific first: the first whose part the path contains is used.
        ("contracts.activity_parcelability", "incentive contracts", null, ["commissioning.financial_incentives=0.9"]),
        ("outside_bidders_agency", "many-provider market, agency stance", "quasi-market-conditions", ["commissioning.stance=agency"]),
        ("outside_bidders_stewardship", "many-provider market, stewardship stance", "quasi-market-conditions", ["commissioning.stance=stewardship"]),
        ("outside_bidders_resource_dependency", "many-provider market, resource-dependency stance", "quasi-market-conditions",
            ["commissioning.stance=resource_dependency"]),
        ("outside_bidders_stakeholder", "many-provider market, stakeholder stance", "quasi-market-conditions", ["commissioning.stance=stakeholder"]),
        ("decommission", "scarce review capacity, strict standards", null,
            ["commissioning.capacity_per_cycle=1.5", "commissioning.decommission_threshold=0.55"]),
        ("volume_recovery", "an early budget squeeze", null, ["""events=[{"tick":6,"type":"budget_squeeze","magnitude":0.1}]""", "commissioning.volume_cut=0.05"]),
        ("imitation", "many practices", null, ["world.practices_per_commissioner=40"]),
        ("_agency", "agency stance", null, ["commissioning.stance=agency"]),
        ("_resource_dependency", "resource-dependency stance", null, ["commissioning.stance=resource_dependency"]),
        ("_stakeholder", "stakeholder stance", null, ["commissioning.stance=stakeholder"]),
        ("alliance", "alliance contracts", null, ["commissioning.stance=stakeholder"]),
        ("outcome", "outcome payment", null, ["commissioning.financial_incentives=0.9"]),
        ("activity", "activity payment", "quasi-market-conditions", ["commissioning.financial_incentives=0.9"]),
        ("market.entry", "many-provider market with margins", "quasi-market-conditions", ["service_lines.elective_surgery.tariff=110"]),
        ("_gp", "practice-held services", null, ["service_lines.diabetes.incumbent=gp_practice"]),
    ];

    /// <summary>Sections whose parameters are sizes of the world rather than behaviour.</summary>
    private static readonly string[] NotBehavioural = ["world"];

    /// <summary>Tries every lever of <paramref name="scenario"/>; reports (runs done, runs planned).</summary>
    public static IReadOnlyList<LeverResult> Execute(string scenario, ulong seed, int threads, Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        var fields = ScenarioSchema.Sections.Where(s => !NotBehavioural.Contains(s.Name)).SelectMany(s => s.Fields).ToList();
        var path = ScenarioLocator.Resolve(scenario);
        var plans = new List<(string Path, string World, string Scenario, IReadOnlyList<string> Base, string From, string To)>();
        foreach (var field in fields)
        {
            var context = Contexts.FirstOrDefault(c => field.Path.Contains(c.Part, StringComparison.Ordinal));
            var file = context.Scenario is null ? path : Sibling(path, context.Scenario);
            foreach (var repertoire in Repertoires)
            {
                // A stance the parameter needs overrides the repertoire's.
                var baseOverrides = (IReadOnlyList<string>)[.. ExercisingWorld, .. repertoire.Overrides, .. context.Extra ?? []];
                var current = ScenarioLoader.Load(file, baseOverrides).Input.Value(field.Path);
                foreach (var other in Others(field, current))
                {
                    plans.Add((field.Path, context.World is null ? repertoire.Name : $"{repertoire.Name}, {context.World}", file, baseOverrides, Text(current), other));
                }
            }
        }
        // Each distinct base world runs once; each lever once more.
        var bases = plans.Select(p => (IReadOnlyList<string>)[p.Scenario, .. p.Base]).Distinct(new SequenceComparer()).ToList();
        var units = bases.Count + plans.Count;
        var values = new double[units][];
        var done = 0;
        string[] names = [];
        var input = bases.Select(b => ScenarioLoader.Load(b[0], [.. b.Skip(1)]).Input)
            .Concat(plans.Select(p => ScenarioLoader.Load(p.Scenario, [.. p.Base, $"{p.Path}={p.To}"]).Input)).ToList();
        UnitScheduler.Run(Enumerable.Range(0, units).ToList(), UnitScheduler.Concurrency(threads, input[0]), (u, ct) =>
        {
            var (table, metrics) = RunUnit.Run(input[u], seed, ct);
            return (Values: RunUnit.WholeRun(table, metrics), Names: metrics.Select(m => m.Name).ToArray());
        }, (u, r) =>
        {
            values[u] = r.Values;
            if (names.Length == 0) names = r.Names;
            progress?.Invoke(++done, units);
        }, cancellation);

        var tried = new List<LeverResult>();
        for (var i = 0; i < plans.Count; i++)
        {
            var before = values[bases.FindIndex(b => b.SequenceEqual([plans[i].Scenario, .. plans[i].Base]))];
            var after = values[bases.Count + i];
            var moved = 0;
            var (largest, change) = ("", 0.0);
            for (var m = 0; m < Math.Min(before.Length, after.Length); m++)
            {
                if (before[m].Equals(after[m])) continue;
                moved++;
                var relative = Math.Abs(after[m] - before[m]) / Math.Max(1e-12, Math.Abs(before[m]));
                if (relative > change) (largest, change) = (names[m], relative);
            }
            tried.Add(new LeverResult(plans[i].Path, plans[i].From, plans[i].To, plans[i].World, moved, largest));
        }
        // A lever matters if it moves something at either value under either repertoire; report where it moves most.
        var results = tried.GroupBy(r => r.Path).Select(g => g.MaxBy(r => r.MetricsMoved)!).ToList();
        return results;
    }

    /// <summary>
    /// The other values tried: for a number, half and half as much again (within its range; from 0, a quarter of the
    /// range); the other flag; every other choice.
    /// </summary>
    private static IEnumerable<string> Others(FieldSpec field, object? current)
    {
        switch (field.Kind)
        {
            case ValueKind.Boolean:
                return [current is true ? "false" : "true"];
            case ValueKind.Choice:
                return field.Choices.Where(c => c != (current as string));
            default:
                var value = current is null ? field.Min + 0.5 * (field.Max - field.Min) : Convert.ToDouble(current, CultureInfo.InvariantCulture);
                double[] candidates = value == 0 ? [field.Min + 0.25 * (field.Max - field.Min)] : [value * 0.5, value * 1.5];
                var whole = field.Kind == ValueKind.Integer;
                return candidates.Select(c => Math.Clamp(whole ? Math.Round(c) : c, field.Min, field.Max)).Where(c => c != value).Distinct().Select(c => Text(c));
        }
    }

    /// <summary>A shipped scenario beside <paramref name="path"/> (the scenarios folder it came from), else found as shipped.</summary>
    private static string Sibling(string path, string name)
    {
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", name + ".jsonc");
        return File.Exists(beside) ? beside : ScenarioLocator.Resolve(name);
    }

    private static string Text(object? value) => value switch
    {
        null => "derived",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private sealed class SequenceComparer : IEqualityComparer<IReadOnlyList<string>>
    {
        public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y) => x!.SequenceEqual(y!);
        public int GetHashCode(IReadOnlyList<string> obj) => obj.Aggregate(17, (h, s) => h * 31 + s.GetHashCode(StringComparison.Ordinal));
    }
}
