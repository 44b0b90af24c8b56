using System.Globalization;
using System.Text.Json;
using QuasiMarketSim.Model.Specs;
using QuasiMarketSim.Scenarios.Syntax;

namespace QuasiMarketSim.Scenarios;

/// <summary>
/// Reads the experiment blocks of a scenario ("sweep" and "sensitivity"), which describe experiments over the
/// scenario rather than the model, and reports their problems with file and line like every other field.
/// </summary>
internal static class ExperimentBlocks
{
    /// <summary>Top-level keys that are experiment blocks.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["sweep", "sensitivity"];

    private static readonly string[] SweepKeys = ["parameters", "design", "points", "replications"];
    private static readonly string[] SensitivityKeys = ["parameters", "trajectories", "levels", "samples", "replications", "metrics"];
    private static readonly string[] FactorKeys = ["path", "values", "min", "max", "steps"];

    public static SweepSpec? ReadSweep(ObjectNode root, List<ScenarioProblem> problems)
    {
        if (root.Find("sweep") is not { } prop) return null;
        if (!IsObject(prop, "sweep", problems, out var obj)) return null;
        Unknown(obj, "sweep", SweepKeys, problems);
        var factors = ReadFactors(obj, "sweep", problems, needRange: false);
        var design = Text(obj, "design", "sweep", "grid", ["grid", "latin_hypercube"], problems);
        var points = Whole(obj, "points", "sweep", 10, 1, 1_000_000, problems);
        var replications = Whole(obj, "replications", "sweep", 2, 1, 100_000, problems);
        if (design == "latin_hypercube")
        {
            foreach (var (f, line) in factors.Where(x => x.Factor.Values is not null))
                problems.Add(new(obj.File, line, $"sweep.parameters[{f.Path}]", "a Latin hypercube samples ranges: give min and max, not values"));
        }
        // The grid's size is known before any point is made, so a grid too large to run is refused here, not by running out of memory.
        var perPoint = design == "latin_hypercube" ? points : factors.Aggregate(1.0, (n, f) => n * (f.Factor.Values?.Count ?? f.Factor.Steps));
        CheckRuns(obj, "sweep", perPoint * replications, design == "latin_hypercube" ? "fewer points or replications" : "fewer values or steps, or a latin_hypercube design", problems);
        return new SweepSpec([.. factors.Select(f => f.Factor)], design, points, replications);
    }

    public static SensitivitySpec? ReadSensitivity(ObjectNode root, List<ScenarioProblem> problems)
    {
        if (root.Find("sensitivity") is not { } prop) return null;
        if (!IsObject(prop, "sensitivity", problems, out var obj)) return null;
        Unknown(obj, "sensitivity", SensitivityKeys, problems);
        var factors = ReadFactors(obj, "sensitivity", problems, needRange: true);
        var metrics = new List<string>();
        if (obj.Find("metrics") is { } m)
        {
            if (m.Value is ArrayNode a && a.Items.All(i => i is ScalarNode { Kind: JsonValueKind.String }))
                metrics.AddRange(a.Items.Cast<ScalarNode>().Select(s => s.Text));
            else problems.Add(new(m.Value.File, m.Line, "sensitivity.metrics", "expected a list of metric names"));
        }
        if (metrics.Count == 0) metrics.AddRange(Model.Metrics.MetricCatalog.Headlines.Take(3).Select(h => h.Name));
        var spec = new SensitivitySpec([.. factors.Select(f => f.Factor)],
            Whole(obj, "trajectories", "sensitivity", 10, 2, 100_000, problems),
            Whole(obj, "levels", "sensitivity", 4, 2, 100, problems),
            Whole(obj, "samples", "sensitivity", 64, 2, 1_000_000, problems),
            Whole(obj, "replications", "sensitivity", 2, 1, 10_000, problems),
            metrics);
        // Morris runs (k + 1) points a trajectory; Saltelli's scheme (k + 2) a sample; the larger bounds both methods.
        var k = spec.Factors.Count;
        CheckRuns(obj, "sensitivity", Math.Max((double)spec.Trajectories * (k + 1), (double)spec.Samples * (k + 2)) * spec.Replications,
            "fewer samples, trajectories or replications", problems);
        return spec;
    }

    private static List<(SweepFactor Factor, int Line)> ReadFactors(ObjectNode obj, string block, List<ScenarioProblem> problems, bool needRange)
    {
        var factors = new List<(SweepFactor, int)>();
        if (obj.Find("parameters") is not { } prop || prop.Value is not ArrayNode array || array.Items.Count == 0)
        {
            problems.Add(new(obj.File, obj.Find("parameters")?.Line ?? obj.Line, $"{block}.parameters",
                "expected a non-empty list of parameters, e.g. [{ \"path\": \"commissioning.relational_mix\", \"min\": 0, \"max\": 1 }]"));
            return factors;
        }
        for (var i = 0; i < array.Items.Count; i++)
        {
            var path = $"{block}.parameters[{i}]";
            if (array.Items[i] is not ObjectNode f)
            {
                problems.Add(new(array.Items[i].File, array.Items[i].Line, path, "expected an object { \"path\": ..., \"min\": ..., \"max\": ... }"));
                continue;
            }
            Unknown(f, path, FactorKeys, problems);
            var name = f.Find("path")?.Value is ScalarNode { Kind: JsonValueKind.String } s ? s.Text : null;
            var field = name is null ? null : ScenarioSchema.AllParameters.FirstOrDefault(p => p.Path == name);
            if (field is null || field.Kind is not (ValueKind.Number or ValueKind.Integer))
            {
                var numeric = ScenarioSchema.AllParameters.Where(p => p.Kind is ValueKind.Number or ValueKind.Integer).Select(p => p.Path);
                problems.Add(new(f.File, f.Find("path")?.Line ?? f.Line, $"{path}.path",
                    name is null ? "missing 'path': the parameter to vary, e.g. trust.gain_rate" : $"'{name}' is not a numeric parameter; {Suggestions.Hint(name, numeric)}"));
                continue;
            }
            double[]? values = null;
            if (f.Find("values") is { } v)
            {
                if (v.Value is ArrayNode va && va.Items.All(x => x is ScalarNode { Kind: JsonValueKind.Number }))
                    values = [.. va.Items.Cast<ScalarNode>().Select(x => double.Parse(x.Text, CultureInfo.InvariantCulture))];
                else problems.Add(new(v.Value.File, v.Line, $"{path}.values", "expected a list of numbers"));
            }
            var min = Number(f, "min", path, problems);
            var max = Number(f, "max", path, problems);
            var steps = Whole(f, "steps", path, 5, 2, 10_000, problems);
            if (values is null && (min is null || max is null))
            {
                problems.Add(new(f.File, f.Line, path, needRange ? "expected min and max" : "expected values, or min and max"));
                continue;
            }
            if (needRange && values is not null) problems.Add(new(f.File, f.Find("values")!.Line, $"{path}.values", "sensitivity analysis needs a range: give min and max"));
            if (min > max) problems.Add(new(f.File, f.Find("min")!.Line, $"{path}.min", $"min {min} is above max {max}"));
            foreach (var x in (values ?? []).Concat(min is { } lo ? [lo] : []).Concat(max is { } hi ? [hi] : []))
            {
                if (x < field.Min || x > field.Max)
                    problems.Add(new(f.File, f.Line, path, $"value {x.ToString(CultureInfo.InvariantCulture)} is outside {field.Path}'s range "
                        + $"{field.Min.ToString(CultureInfo.InvariantCulture)} to {field.Max.ToString(CultureInfo.InvariantCulture)}"));
            }
            factors.Add((new SweepFactor(field.Path, values, min ?? values!.Min(), max ?? values!.Max(), steps, field.Kind == ValueKind.Integer), f.Line));
        }
        return factors;
    }

    /// <summary>The most runs one experiment may have: beyond this its bookkeeping alone takes gigabytes, and it would run for weeks.</summary>
    public const double MaxRuns = 2_000_000;

    private static void CheckRuns(ObjectNode obj, string block, double runs, string remedy, List<ScenarioProblem> problems)
    {
        if (runs <= MaxRuns) return;
        problems.Add(new(obj.File, obj.Line, block, string.Create(CultureInfo.InvariantCulture,
            $"{runs:N0} runs is more than the {MaxRuns:N0} one experiment may have: use {remedy}")));
    }

    private static bool IsObject(Property prop, string path, List<ScenarioProblem> problems, out ObjectNode obj)
    {
        obj = prop.Value as ObjectNode ?? new ObjectNode(prop.Value.File, prop.Line, []);
        if (prop.Value is ObjectNode) return true;
        problems.Add(new(prop.Value.File, prop.Line, path, "expected an object { ... }"));
        return false;
    }

    private static void Unknown(ObjectNode obj, string path, string[] known, List<ScenarioProblem> problems)
    {
        foreach (var p in obj.Properties.Where(p => !known.Contains(p.Key)))
            problems.Add(new(p.Value.File, p.Line, $"{path}.{p.Key}", $"unknown key '{p.Key}'; {Suggestions.Hint(p.Key, known)}"));
    }

    private static double? Number(ObjectNode obj, string key, string path, List<ScenarioProblem> problems)
    {
        if (obj.Find(key) is not { } p) return null;
        if (p.Value is ScalarNode { Kind: JsonValueKind.Number } s) return double.Parse(s.Text, CultureInfo.InvariantCulture);
        problems.Add(new(p.Value.File, p.Line, $"{path}.{key}", "expected a number"));
        return null;
    }

    private static int Whole(ObjectNode obj, string key, string path, int fallback, int min, int max, List<ScenarioProblem> problems)
    {
        if (obj.Find(key) is not { } p) return fallback;
        if (p.Value is ScalarNode { Kind: JsonValueKind.Number } s && int.TryParse(s.Text, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        problems.Add(new(p.Value.File, p.Line, $"{path}.{key}", $"expected a whole number from {min} to {max}"));
        return fallback;
    }

    private static string Text(ObjectNode obj, string key, string path, string fallback, string[] choices, List<ScenarioProblem> problems)
    {
        if (obj.Find(key) is not { } p) return fallback;
        if (p.Value is ScalarNode { Kind: JsonValueKind.String } s && choices.Contains(s.Text)) return s.Text;
        problems.Add(new(p.Value.File, p.Line, $"{path}.{key}", $"expected one of {string.Join(", ", choices)}"));
        return fallback;
    }
}
