using System.Text.Json.Nodes;
using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.Uncertainty;

/// <summary>The outcome of a probabilistic sensitivity analysis.</summary>
/// <param name="OutputDirectory">Where the results are.</param>
/// <param name="Design">The parameter sets.</param>
/// <param name="Parameters">Each arm's uncertain parameters.</param>
/// <param name="Metrics">Per metric, its value (one scenario) or the difference B - A (comparison) under uncertainty.</param>
/// <param name="CostEffectiveness">B against A in costs and QALYs (comparisons only).</param>
/// <param name="Drivers">Per metric name, each uncertain parameter's first-order share of the variance across sets (comparisons only).</param>
/// <param name="Runs">Runs made.</param>
public sealed record PsaResult(string OutputDirectory, PsaDesign Design, IReadOnlyList<IReadOnlyList<UncertainParameter>> Parameters,
    IReadOnlyList<MetricUncertainty> Metrics, CostEffectiveness? CostEffectiveness, IReadOnlyDictionary<string, double[]> Drivers, int Runs)
{
    /// <summary>True when B was compared with A.</summary>
    public bool IsComparison => CostEffectiveness is not null;
}

/// <summary>
/// Probabilistic sensitivity analysis (ISPOR-SMDM good practice, Briggs et al. 2012): the uncertain parameters are
/// drawn together (a Latin hypercube over their distributions), each set is run with its own replication seeds, and
/// for a comparison A and B share each seed (common random numbers). Intervals then hold parameter uncertainty, and
/// the ANOVA of sets and replications says how much of the spread is parameters and how much Monte Carlo noise.
/// </summary>
public static class PsaExperiment
{
    /// <summary>Runs the analysis and writes its folder; reports (runs done, runs planned).</summary>
    public static PsaResult Execute(PsaRequest request, Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        if (request.Sets is < 4 or > PsaRequest.MaxSets)
            throw new ArgumentException($"--psa: expected a whole number of parameter sets from 4 to {PsaRequest.MaxSets:N0}; got {request.Sets}");
        if (request.Replications is < 1 or > 1000) throw new ArgumentException($"--replications: expected 1 to 1,000 per parameter set; got {request.Replications}");
        var scenarios = new List<(string Name, ScenarioTemplate Template, IReadOnlyList<string> Overrides, LoadedScenario Loaded)>();
        var a = Arm(request.ScenarioA, request.OverridesA, request.Ticks, request.Seed);
        scenarios.Add(a);
        var master = a.Loaded.Input.Seed;
        if (request.ScenarioB is { } nameB) scenarios.Add(Arm(nameB, request.OverridesB, request.Ticks, (long)master));
        var arms = scenarios.Count;
        var parameters = scenarios.Select(s => UncertainParameters.Of(s.Loaded)).ToList();
        var posterior = request.Posterior is null ? null : Posterior.Read(request.Posterior);
        var design = new PsaDesign(parameters, request.Sets, master, posterior);
        foreach (var path in posterior?.Paths.Where(p => !design.Paths.Contains(p)) ?? [])
            throw new ArgumentException($"{request.Posterior}: column '{path}' is not an uncertain parameter of {a.Name} (see quasim describe, UNCERTAIN PARAMETERS)");
        for (var arm = 0; arm < arms; arm++)
        {
            var s = scenarios[arm];
            DesignCheck.Validate(s.Template, s.Overrides, [.. parameters[arm].Select(p => p.Path)],
                [.. Enumerable.Range(0, design.Sets).Select(set => parameters[arm].Select(p => design.Values(arm, set)[p.Path]).ToArray())], "parameter set");
        }

        var r = request.Replications;
        var total = design.Sets * r * arms;
        var label = arms == 1 ? $"psa-{a.Loaded.Input.Name}-{master}" : $"psa-{a.Loaded.Input.Name}-vs-{scenarios[1].Loaded.Input.Name}-{master}";
        using var output = new AtomicDirectory(request.OutputDirectory ?? Path.Combine("runs", label));
        var results = new double[total][];
        IReadOnlyList<MetricInfo>[] metricsOf = new IReadOnlyList<MetricInfo>[arms];
        var done = 0;
        // Unit u: arm u % arms of replication (u / arms) % r of set u / (arms r). Each (set, replication) has its own
        // seed, shared by the arms.
        UnitScheduler.Run(Enumerable.Range(0, total).ToList(), UnitScheduler.Concurrency(request.Threads, [.. scenarios.Select(s => s.Loaded.Input)]), (u, ct) =>
        {
            var (arm, rep, set) = (u % arms, u / arms % r, u / arms / r);
            var s = scenarios[arm];
            var input = s.Template.Load([.. s.Overrides, .. design.Overrides(arm, set)]).Input;
            var (table, metrics) = RunUnit.Run(input, Seeds.Replication(master, set * r + rep), ct);
            return (Values: RunUnit.WholeRun(table, metrics), Metrics: metrics);
        }, (u, result) =>
        {
            results[u] = result.Values;
            metricsOf[u % arms] ??= result.Metrics;
            progress?.Invoke(++done, total);
        }, cancellation);

        var analysis = PsaAnalysis.Analyse(design, metricsOf, results, r);
        var title = arms == 1 ? a.Loaded.Input.Name : $"{scenarios[1].Loaded.Input.Name} vs {a.Loaded.Input.Name}";
        PsaWriter.Write(output.WorkingPath, title, design, parameters, analysis, metricsOf, results, r);
        new ExperimentManifest("psa", new JsonObject
        {
            ["scenario_a"] = request.ScenarioA,
            ["overrides_a"] = new JsonArray([.. request.OverridesA.Select(o => (JsonNode?)o)]),
            ["scenario_b"] = request.ScenarioB,
            ["overrides_b"] = new JsonArray([.. request.OverridesB.Select(o => (JsonNode?)o)]),
            ["master_seed"] = master,
            ["sets"] = request.Sets,
            ["replications"] = r,
            ["ticks"] = request.Ticks,
            ["posterior"] = request.Posterior,
        }, [.. scenarios.Select(s => s.Loaded)], request.Threads).Set("status", "complete").WriteInto(output.WorkingPath);
        output.Commit();
        return new PsaResult(output.Target, design, parameters, analysis.Metrics, analysis.CostEffectiveness, analysis.Drivers, total);
    }

    private static (string Name, ScenarioTemplate Template, IReadOnlyList<string> Overrides, LoadedScenario Loaded) Arm(
        string scenario, IReadOnlyList<string> overrides, int? ticks, long? seed)
    {
        var all = new RunRequest(scenario, overrides, seed, ticks).AllOverrides();
        var template = ScenarioLoader.Template(ScenarioLocator.Resolve(scenario));
        var loaded = template.Load(all);
        return (loaded.Input.Name, template, all, loaded);
    }
}
