using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using QuasiMarketSim.Experiments.Uncertainty;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.Calibration;

/// <summary>The outcome of a calibration.</summary>
/// <param name="OutputDirectory">Where the results are.</param>
/// <param name="Scenario">The scenario calibrated.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Analysis">Distances, accepted sets, targets and parameters.</param>
/// <param name="Runs">Runs made.</param>
public sealed record CalibrationResult(string OutputDirectory, LoadedScenario Scenario, ulong Seed, CalibrationAnalysis Analysis, int Runs);

/// <summary>
/// Calibrates a scenario's uncertain parameters to the targets by ABC rejection: parameter sets drawn from the declared
/// uncertainty (the prior; a Latin hypercube over quantiles), each run R times, and the share closest to the fitted
/// targets kept as the posterior sample (<see cref="CalibrationAnalysis"/>). Held-out targets and input checks are
/// computed from the same runs but never enter the distance. Results are the same at any thread count.
/// </summary>
public static class CalibrationExperiment
{
    /// <summary>Runs the calibration and writes its folder; reports (runs done, runs planned).</summary>
    public static CalibrationResult Execute(CalibrationRequest request, Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        var targets = request.Targets ?? CalibrationTargets.All;
        var roles = Roles(targets, request.HeldOut);
        Check(request, targets, roles);
        var overrides = new RunRequest(request.Scenario, request.Overrides, request.Seed, request.Ticks).AllOverrides();
        var template = ScenarioLoader.Template(ScenarioLocator.Resolve(request.Scenario));
        var loaded = template.Load(overrides);
        var parameters = Chosen(loaded, request.Parameters);
        var master = loaded.Input.Seed;
        var design = new PsaDesign([parameters], request.Samples, master);
        var paths = parameters.Select(p => p.Path).ToArray();
        var values = Enumerable.Range(0, request.Samples).Select(s => paths.Select(p => design.Values(0, s)[p]).ToArray()).ToArray();
        DesignCheck.Validate(template, overrides, paths, values, "parameter set");

        var r = request.Replications;
        var total = request.Samples * r;
        using var output = new AtomicDirectory(request.OutputDirectory ?? Path.Combine("runs", $"calibrate-{loaded.Input.Name}-{master}"));
        var clock = Stopwatch.StartNew();
        var runs = new double[request.Samples][][];
        var done = 0;
        // Unit: one parameter set, its scenario loaded once and run R times (replication seeds set x R + rep).
        UnitScheduler.Run(Enumerable.Range(0, request.Samples).ToList(), UnitScheduler.Concurrency(request.Threads, loaded.Input), (set, ct) =>
        {
            var input = template.Load([.. overrides, .. design.Overrides(0, set)]).Input;
            return Enumerable.Range(0, r).Select(rep =>
            {
                var (table, metrics) = RunUnit.Run(input, Seeds.Replication(master, set * r + rep), ct);
                var outcome = RunOutcome.Of(metrics, RunUnit.WholeRun(table, metrics), input);
                return targets.Select(t => t.Compute(outcome)).ToArray();
            }).ToArray();
        }, (set, result) =>
        {
            runs[set] = result;
            done += r;
            progress?.Invoke(done, total);
        }, cancellation);

        var analysis = CalibrationAnalysis.Run(paths, values, runs, targets, roles, master);
        if (analysis.Accepted.Count < CalibrationRequest.MinAccepted) throw TooFew(request, analysis);
        CalibrationWriter.Write(output.WorkingPath, loaded, parameters, values, runs, master, analysis);
        new ExperimentManifest("calibrate", new JsonObject
        {
            ["scenario"] = request.Scenario,
            ["overrides"] = new JsonArray([.. request.Overrides.Select(o => (JsonNode?)o)]),
            ["master_seed"] = master,
            ["samples"] = request.Samples,
            ["replications"] = r,
            ["holdout"] = new JsonArray([.. request.HeldOut.Select(h => (JsonNode?)h)]),
            ["parameters"] = request.Parameters is null ? null : new JsonArray([.. request.Parameters.Select(p => (JsonNode?)p)]),
            ["ticks"] = request.Ticks,
            ["synthetic_targets"] = request.Targets is not null,
            ["priors"] = new JsonArray([.. parameters.Select(p => (JsonNode?)new JsonObject
            {
                ["path"] = p.Path,
                ["distribution"] = p.Prior.Family.ToString().ToLowerInvariant(),
                ["mean"] = p.Mean,
                ["sd"] = p.Sd,
            })]),
        }, [loaded], request.Threads)
            .Set("status", "complete")
            .Set("timings_seconds", new JsonObject { ["runs"] = Math.Round(clock.Elapsed.TotalSeconds, 3) })
            .WriteInto(output.WorkingPath);
        output.Commit();
        return new CalibrationResult(output.Target, loaded, master, analysis, total);
    }

    /// <summary>Each target's role: an input check if an input sets it, held out if named, else fitted.</summary>
    public static TargetRole[] Roles(IReadOnlyList<CalibrationTarget> targets, IReadOnlyList<string> heldOut)
    {
        foreach (var name in heldOut)
        {
            var target = CalibrationTargets.Find(name, targets);
            if (target.IsInputCheck)
                throw new ArgumentException($"--holdout: '{name}' is a check of its input ({target.Echoes}) and is never fitted, so it cannot be held out; "
                    + $"hold out one of {string.Join(", ", targets.Where(t => !t.IsInputCheck).Select(t => t.Name))}");
        }
        return [.. targets.Select(t => t.IsInputCheck ? TargetRole.InputCheck : heldOut.Contains(t.Name) ? TargetRole.HeldOut : TargetRole.Fitted)];
    }

    private static void Check(CalibrationRequest request, IReadOnlyList<CalibrationTarget> targets, TargetRole[] roles)
    {
        if (request.Samples is < 1 or > CalibrationRequest.MaxSamples)
            throw new ArgumentException($"--samples: expected a whole number from 1 to {CalibrationRequest.MaxSamples:N0}; got {request.Samples}");
        if (request.Replications is < 2 or > 1000)
            throw new ArgumentException($"--replications: expected 2 to 1,000 runs per parameter set (the Monte Carlo variance is estimated from them); got {request.Replications}");
        if (!roles.Contains(TargetRole.Fitted))
            throw new ArgumentException($"--holdout: nothing is left to fit; fit at least one of {string.Join(", ", targets.Where(t => !t.IsInputCheck).Select(t => t.Name))}");
        foreach (var t in targets.Where((t, i) => roles[i] == TargetRole.Fitted && !(t.Sd > 0)))
            throw new ArgumentException($"target '{t.Name}': a fitted target needs an observation sd above 0");
    }

    private static CalibrationException TooFew(CalibrationRequest request, CalibrationAnalysis analysis)
    {
        var closest = Enumerable.Range(0, analysis.Distance.Count).MinBy(s => analysis.Distance[s]);
        var expected = analysis.AcceptanceProbability.Sum();
        var targets = string.Join("; ", analysis.Targets.Where(t => t.Role == TargetRole.Fitted).Select(t => FormattableString.Invariant(
            $"{t.Target.Name} {t.Target.Observed:0.####} (sd {t.Target.Sd:0.####}) against [{t.Prior.Low:0.####}, {t.Prior.High:0.####}]")));
        return new CalibrationException(FormattableString.Invariant(
            $"only {analysis.Accepted.Count} of {request.Samples:N0} parameter sets were accepted (expected {expected:0.#}); a posterior sample needs at least ")
            + FormattableString.Invariant($"{CalibrationRequest.MinAccepted}. The fitted targets lie far from what the model makes under the prior: the closest set is ")
            + FormattableString.Invariant(
                $"{analysis.Distance[closest]:0.0} observation sds away ({analysis.WithinCutoff:N0} sets have every fitted target within implausibility 3). ")
            + $"Fitted targets, observed against the model under the prior (95% of parameter sets): {targets}. "
            + "Draw more --samples, hold out the target furthest from the model (--holdout), or revisit its uncertainty.");
    }

    private static IReadOnlyList<UncertainParameter> Chosen(LoadedScenario loaded, IReadOnlyList<string>? wanted)
    {
        var all = UncertainParameters.Of(loaded);
        if (all.Count == 0) throw new ArgumentException($"{loaded.Input.Name} has no uncertain parameters to calibrate (see quasim describe, UNCERTAIN PARAMETERS)");
        if (wanted is null) return all;
        if (wanted.Count == 0) throw new ArgumentException("--parameters: expected one or more uncertain parameters, separated by commas");
        var chosen = new List<UncertainParameter>();
        foreach (var path in wanted)
        {
            var p = all.FirstOrDefault(x => x.Path == path)
                ?? throw new ArgumentException($"--parameters: '{path}' is not an uncertain parameter of {loaded.Input.Name}; "
                    + $"they are {string.Join(", ", all.Select(x => x.Path))}");
            if (chosen.Contains(p)) throw new ArgumentException($"--parameters: '{path}' is named twice");
            chosen.Add(p);
        }
        return chosen;
    }
}
