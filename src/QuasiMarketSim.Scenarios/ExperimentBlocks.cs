using System.Globalization;
using QuasiMarketSim.Model.Specs;
using QuasiMarketSim.Scenarios.Syntax;

namespace QuasiMarketSim.Scenarios;

/// <summary>
/// The experiment blocks of a scenario ("sweep" and "sensitivity"), which describe experiments over the scenario
/// rather than the model. They are declared with the same field specifications as the model's parameters, so they
/// are read, checked (file:line: path: message), documented in the JSON Schema and listed by describe the same way.
/// </summary>
internal static class ExperimentBlocks
{
    /// <summary>The most runs one experiment may have: beyond this its bookkeeping alone takes gigabytes, and it would run for weeks.</summary>
    public const double MaxRuns = 2_000_000;

    private static readonly FieldSpec FactorPath = FieldSpec.Text("path", null, "The parameter to vary, as --set writes it (e.g. commissioning.relational_mix); a number or whole number.");
    private static readonly FieldSpec FactorValues = FieldSpec.NumberList("values", "Explicit values to run (a grid only).");
    private static readonly FieldSpec FactorMin = FieldSpec.Number("min", double.NaN, "-", double.MinValue, double.MaxValue, "Lower end of the range.", "-") with { Default = null, Optional = true };
    private static readonly FieldSpec FactorMax = FieldSpec.Number("max", double.NaN, "-", double.MinValue, double.MaxValue, "Upper end of the range.", "-") with { Default = null, Optional = true };
    private static readonly FieldSpec FactorSteps = FieldSpec.Integer("steps", 5, "values", 2, 10_000, "Evenly spaced values from min to max (a grid).", "-");

    /// <summary>One varied parameter: a path with values, or a range.</summary>
    public static ListSpec Factors { get; } = new("parameters", "A parameter to vary: its path, and values or a range.",
        [FactorPath, FactorValues, FactorMin, FactorMax, FactorSteps], null, []);

    private static readonly FieldSpec Design = FieldSpec.Choice("design", "grid", ["grid", "latin_hypercube"],
        "grid: every combination of the factors' values; latin_hypercube: points sampled over the ranges.", "McKay, Beckman and Conover 1979 (Latin hypercube).");
    private static readonly FieldSpec Points = FieldSpec.Integer("points", 10, "points", 1, 1_000_000, "Points of a Latin hypercube.", "-");
    private static readonly FieldSpec SweepReplications = FieldSpec.Integer("replications", 2, "runs", 1, 100_000,
        "Replications at each point (the same seeds at every point: common random numbers).", "-");

    /// <summary>The "sweep" block (its "parameters" list is <see cref="Factors"/>).</summary>
    public static SectionSpec Sweep { get; } = new("sweep", "Experiment block for `quasim sweep`: the parameters to vary, the design and replications per point.",
        Design, Points, SweepReplications);

    private static readonly FieldSpec Trajectories = FieldSpec.Integer("trajectories", 10, "trajectories", 2, 100_000, "Morris trajectories (each k + 1 points).",
        "Morris 1991; Campolongo, Cariboni and Saltelli 2007.");
    private static readonly FieldSpec Levels = FieldSpec.Integer("levels", 4, "levels", 2, 100, "Morris grid levels.", "Morris 1991.");
    private static readonly FieldSpec Samples = FieldSpec.Integer("samples", 64, "samples", 2, 1_000_000, "Sobol base samples N: N (k + 2) points (Saltelli's scheme).", "Saltelli et al. 2010.");
    private static readonly FieldSpec SensitivityReplications = FieldSpec.Integer("replications", 2, "runs", 1, 10_000,
        "Replications at each design point: the mean is analysed, the spread measures replication noise.", "-");
    private static readonly FieldSpec Metrics = FieldSpec.TextList("metrics", null, "Metrics analysed (whole-run values); default: the first three headline metrics.");

    /// <summary>The "sensitivity" block (its "parameters" list is <see cref="Factors"/>).</summary>
    public static SectionSpec Sensitivity { get; } = new("sensitivity", "Experiment block for `quasim sensitivity`: parameter ranges, Morris and Sobol sample sizes, replications and metrics.",
        Trajectories, Levels, Samples, SensitivityReplications, Metrics);

    private static readonly FieldSpec PriorPath = FieldSpec.Text("path", null, "The uncertain parameter, as --set writes it (a number parameter).");
    private static readonly FieldSpec PriorFamily = FieldSpec.Choice("distribution", null, ["beta", "gamma", "lognormal", "none"],
        "The distribution of its value (mean: the scenario's value); none holds it fixed in probabilistic analyses.", "Briggs, Claxton and Sculpher 2006, ch. 4.");
    private static readonly FieldSpec PriorSd = FieldSpec.Number("sd", double.NaN, "parameter's unit", 0, double.MaxValue, "Standard deviation of the value.", "-")
        with { Default = null, Optional = true };
    private static readonly FieldSpec PriorSource = FieldSpec.Text("source", "", "Where the spread comes from.");

    /// <summary>
    /// The "uncertainty" list: a parameter's uncertainty distribution for probabilistic sensitivity analysis and
    /// calibration, overriding (or adding to, or with "none" removing) the one declared with the parameter.
    /// </summary>
    public static ListSpec Uncertainty { get; } = new("uncertainty",
        "Overrides a parameter's declared uncertainty (quasim run/compare --psa, quasim calibrate): its distribution and sd around the scenario's value.",
        [PriorPath, PriorFamily, PriorSd, PriorSource], null, []);

    /// <summary>Top-level keys that are experiment blocks.</summary>
    public static IReadOnlyList<string> Keys { get; } = [Sweep.Name, Sensitivity.Name, Uncertainty.Name];

    /// <summary>The scenario's "uncertainty" list: parameter path to its prior (Family None: held fixed); empty when absent.</summary>
    public static IReadOnlyDictionary<string, Prior> ReadUncertainty(ObjectNode root, List<ScenarioProblem> problems)
    {
        var priors = new Dictionary<string, Prior>();
        if (root.Find(Uncertainty.Name) is not { } prop) return priors;
        if (prop.Value is not ArrayNode array)
        {
            problems.Add(new(prop.Value.File, prop.Line, Uncertainty.Name, "expected a list [ { \"path\": ..., \"distribution\": ..., \"sd\": ... } ]"));
            return priors;
        }
        var elements = ScenarioBinder.ReadList(prop, Uncertainty, problems);
        for (var i = 0; i < elements.Count && i < array.Items.Count; i++)
        {
            var values = elements[i];
            var node = array.Items[i] as ObjectNode;
            var line = node?.Line ?? array.Line;
            var at = $"uncertainty[{i}]";
            if (values.GetValueOrDefault(PriorPath.Name) is not string target || values.GetValueOrDefault(PriorFamily.Name) is not string family) continue;
            var field = ScenarioSchema.AllParameters.FirstOrDefault(p => p.Path == target);
            if (field is null || field.Kind != ValueKind.Number)
            {
                var numeric = ScenarioSchema.AllParameters.Where(p => p.Kind == ValueKind.Number).Select(p => p.Path);
                problems.Add(new(root.File, node?.Find(PriorPath.Name)?.Line ?? line, $"{at}.path", $"'{target}' is not a number parameter; {Suggestions.Hint(target, numeric)}"));
                continue;
            }
            var sd = values.GetValueOrDefault(PriorSd.Name) as double?;
            var dist = Enum.Parse<Distribution>(family.Replace("lognormal", "LogNormal", StringComparison.Ordinal), ignoreCase: true);
            if (dist != Distribution.None && sd is not > 0)
            {
                problems.Add(new(root.File, line, $"{at}.sd", $"a {family} distribution needs a standard deviation above 0 (in {field.Path}'s unit, {field.Unit})"));
                continue;
            }
            if (!priors.TryAdd(field.Path, new Prior(dist, sd ?? 0, (string?)values.GetValueOrDefault(PriorSource.Name) ?? "")))
                problems.Add(new(root.File, line, at, $"{field.Path} is given twice"));
        }
        return priors;
    }

    public static SweepSpec? ReadSweep(ObjectNode root, List<ScenarioProblem> problems)
    {
        if (Read(root, Sweep, problems) is not var (obj, values, factors)) return null;
        var design = (string)values.GetValueOrDefault(Design.Name, Design.Default)!;
        var points = Whole(values, Points);
        var replications = Whole(values, SweepReplications);
        var read = ReadFactors(Sweep.Name, obj, factors, needRange: false, problems);
        if (design == "latin_hypercube")
        {
            foreach (var (f, line) in read.Where(x => x.Factor.Values is not null))
                problems.Add(new(obj.File, line, $"sweep.parameters[{f.Path}]", "a Latin hypercube samples ranges: give min and max, not values"));
        }
        // The grid's size is known before any point is made, so a grid too large to run is refused here, not by running out of memory.
        var perPoint = design == "latin_hypercube" ? points : read.Aggregate(1.0, (n, f) => n * (f.Factor.Values?.Count ?? f.Factor.Steps));
        CheckRuns(obj, "sweep", perPoint * replications, design == "latin_hypercube" ? "fewer points or replications" : "fewer values or steps, or a latin_hypercube design", problems);
        return new SweepSpec([.. read.Select(f => f.Factor)], design, points, replications);
    }

    public static SensitivitySpec? ReadSensitivity(ObjectNode root, List<ScenarioProblem> problems)
    {
        if (Read(root, Sensitivity, problems) is not var (obj, values, factors)) return null;
        var read = ReadFactors(Sensitivity.Name, obj, factors, needRange: true, problems);
        var metrics = values.GetValueOrDefault(Metrics.Name) as string[] ?? [.. Model.Metrics.MetricCatalog.Headlines.Take(3).Select(h => h.Name)];
        var spec = new SensitivitySpec([.. read.Select(f => f.Factor)], Whole(values, Trajectories), Whole(values, Levels), Whole(values, Samples),
            Whole(values, SensitivityReplications), metrics);
        // Morris runs (k + 1) points a trajectory; Saltelli's scheme (k + 2) a sample; the larger bounds both methods.
        var k = spec.Factors.Count;
        CheckRuns(obj, "sensitivity", Math.Max((double)spec.Trajectories * (k + 1), (double)spec.Samples * (k + 2)) * spec.Replications,
            "fewer samples, trajectories or replications", problems);
        return spec;
    }

    /// <summary>The block's object, its values (checked against <paramref name="block"/>), and its parameters list; null when absent or not an object.</summary>
    private static (ObjectNode Obj, Dictionary<string, object?> Values, Property? Factors)? Read(ObjectNode root, SectionSpec block, List<ScenarioProblem> problems)
    {
        if (root.Find(block.Name) is not { } prop) return null;
        if (prop.Value is not ObjectNode obj)
        {
            problems.Add(new(prop.Value.File, prop.Line, block.Name, "expected an object { ... }"));
            return null;
        }
        var scalars = new ObjectNode(obj.File, obj.Line, [.. obj.Properties.Where(p => p.Key != Factors.Name)]);
        var values = ScenarioBinder.ReadObject(scalars, [.. block.Fields], block.Name, problems, required: false);
        return (obj, values, obj.Find(Factors.Name));
    }

    private static List<(SweepFactor Factor, int Line)> ReadFactors(string name, ObjectNode block, Property? prop, bool needRange, List<ScenarioProblem> problems)
    {
        var factors = new List<(SweepFactor, int)>();
        if (prop?.Value is not ArrayNode array || array.Items.Count == 0)
        {
            problems.Add(new(block.File, prop?.Line ?? block.Line, $"{name}.parameters",
                "expected a non-empty list of parameters, e.g. [{ \"path\": \"commissioning.relational_mix\", \"min\": 0, \"max\": 1 }]"));
            return factors;
        }
        var elements = ScenarioBinder.ReadList(prop, Factors with { Name = $"{name}.parameters" }, problems);
        for (var i = 0; i < elements.Count && i < array.Items.Count; i++)
        {
            var values = elements[i];
            var node = array.Items[i] as ObjectNode;
            var line = node?.Line ?? array.Line;
            var path = $"{name}.parameters[{i}]";
            if (values.GetValueOrDefault(FactorPath.Name) is not string target) continue; // reported as missing or wrong
            var field = ScenarioSchema.AllParameters.FirstOrDefault(p => p.Path == target);
            if (field is null || field.Kind is not (ValueKind.Number or ValueKind.Integer))
            {
                var numeric = ScenarioSchema.AllParameters.Where(p => p.Kind is ValueKind.Number or ValueKind.Integer).Select(p => p.Path);
                problems.Add(new(block.File, node?.Find(FactorPath.Name)?.Line ?? line, $"{path}.path", $"'{target}' is not a numeric parameter; {Suggestions.Hint(target, numeric)}"));
                continue;
            }
            var explicitValues = values.GetValueOrDefault(FactorValues.Name) as double[];
            var min = values.GetValueOrDefault(FactorMin.Name) as double?;
            var max = values.GetValueOrDefault(FactorMax.Name) as double?;
            var steps = Whole(values, FactorSteps);
            if (explicitValues is null && (min is null || max is null))
            {
                problems.Add(new(block.File, line, path, needRange ? "expected min and max" : "expected values, or min and max"));
                continue;
            }
            if (needRange && explicitValues is not null) problems.Add(new(block.File, node?.Find(FactorValues.Name)?.Line ?? line, $"{path}.values",
                "sensitivity analysis needs a range: give min and max"));
            if (min > max) problems.Add(new(block.File, node?.Find(FactorMin.Name)?.Line ?? line, $"{path}.min", $"min {min} is above max {max}"));
            foreach (var x in (explicitValues ?? []).Concat(min is { } lo ? [lo] : []).Concat(max is { } hi ? [hi] : []))
            {
                if (x < field.Min || x > field.Max)
                    problems.Add(new(block.File, line, path, string.Create(CultureInfo.InvariantCulture, $"value {x} is outside {field.Path}'s range {field.Min} to {field.Max}")));
            }
            factors.Add((new SweepFactor(field.Path, explicitValues, min ?? explicitValues!.Min(), max ?? explicitValues!.Max(), steps, field.Kind == ValueKind.Integer), line));
        }
        return factors;
    }

    private static int Whole(Dictionary<string, object?> values, FieldSpec field) =>
        Convert.ToInt32(values.GetValueOrDefault(field.Name, field.Default), CultureInfo.InvariantCulture);

    private static void CheckRuns(ObjectNode obj, string block, double runs, string remedy, List<ScenarioProblem> problems)
    {
        if (runs <= MaxRuns) return;
        problems.Add(new(obj.File, obj.Line, block, string.Create(CultureInfo.InvariantCulture,
            $"{runs:N0} runs is more than the {MaxRuns:N0} one experiment may have: use {remedy}")));
    }
}
