using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuasiMarketSim.Experiments.Replications;
using QuasiMarketSim.Experiments.Sensitivity;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;
using static QuasiMarketSim.Runners.ResultsWriter;

namespace QuasiMarketSim.Experiments.SensitivityRuns;

/// <summary>One index of one factor for one metric.</summary>
/// <param name="Metric">Metric analysed (whole-run value).</param>
/// <param name="Factor">Parameter path.</param>
/// <param name="Index">mu, mu_star, sigma (Morris) or first_order, total_order (Sobol).</param>
/// <param name="Value">The estimate.</param>
/// <param name="Low">Bootstrap 95% lower bound (NaN where none).</param>
/// <param name="High">Bootstrap 95% upper bound.</param>
public sealed record SensitivityIndex(string Metric, string Factor, string Index, double Value, double Low, double High);

/// <summary>The outcome of a sensitivity analysis.</summary>
/// <param name="OutputDirectory">Where the results are.</param>
/// <param name="Indices">Every index.</param>
/// <param name="Noise">Per metric, the share of the variance of point means due to parameters (vs replication noise).</param>
/// <param name="Runs">Runs made.</param>
public sealed record SensitivityResult(string OutputDirectory, IReadOnlyList<SensitivityIndex> Indices, IReadOnlyDictionary<string, double> Noise, int Runs);

/// <summary>
/// Morris screening or Sobol indices (Saltelli sampling) over the parameter ranges of a scenario's sensitivity block.
/// Each design point is run with the same replication seeds; the mean over replications is analysed, and the spread
/// between replications measures how much of the output variance is replication noise rather than parameters.
/// </summary>
public static class SensitivityExperiment
{
    /// <summary>Runs the scenario's sensitivity block with the request's method and writes its folder.</summary>
    public static SensitivityResult Execute(SensitivityRequest request, Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        if (request.Method is not ("morris" or "sobol")) throw new ArgumentException($"--method must be morris or sobol (got '{request.Method}')");
        var path = ScenarioLocator.Resolve(request.Scenario);
        var baseOverrides = new RunRequest(request.Scenario, request.Overrides, request.Seed, request.Ticks).AllOverrides();
        var template = ScenarioLoader.Template(path);
        var scenario = template.Load(baseOverrides);
        var spec = scenario.Sensitivity ?? throw new ArgumentException($"{path} has no \"sensitivity\" block: add one with \"parameters\": [ {{ \"path\": ..., \"min\": ..., \"max\": ... }} ]");
        return Run(request, template, baseOverrides, scenario, spec, progress, cancellation);
    }

    /// <summary>Runs the analysis for a given spec (also used by replay).</summary>
    public static SensitivityResult Run(SensitivityRequest request, ScenarioTemplate template, IReadOnlyList<string> baseOverrides, LoadedScenario scenario,
        SensitivitySpec spec, Action<int, int>? progress, CancellationToken cancellation)
    {
        var master = scenario.Input.Seed;
        var k = spec.Factors.Count;
        MorrisDesign? morris = null;
        SaltelliDesign? saltelli = null;
        double[][] unit;
        if (request.Method == "morris") unit = (morris = MorrisDesign.Generate(k, spec.Trajectories, spec.Levels, master)).Points;
        else unit = (saltelli = SaltelliDesign.Generate(k, spec.Samples, master)).Points;
        var points = unit.Select(u => spec.Factors.Select((f, i) => Scale(f, u[i])).ToArray()).ToArray();
        var metricNames = spec.Metrics;
        var catalog = Model.Metrics.MetricCatalog.For(scenario.Input.ServiceLines, scenario.Input.StaffCategories).Select(m => m.Name).ToList();
        foreach (var m in metricNames.Where(m => !catalog.Contains(m)))
            throw new ArgumentException($"sensitivity.metrics: '{m}' is not a metric of this scenario (see quasim describe)");
        DesignCheck.Validate(template, baseOverrides, [.. spec.Factors.Select(f => f.Path)], points, "design point");
        using var output = new AtomicDirectory(request.OutputDirectory ?? Path.Combine("runs", $"sensitivity-{request.Method}-{scenario.Input.Name}-{master}"));

        var r = spec.Replications;
        var outputs = new double[points.Length][][];
        for (var p = 0; p < points.Length; p++) outputs[p] = new double[r][];
        var done = 0;
        var pointOverrides = points.Select(point => spec.Factors.Select((f, i) => $"{f.Path}={point[i].ToString("R", CultureInfo.InvariantCulture)}").ToArray()).ToArray();
        void Completed(int u, double[] values)
        {
            outputs[u / r][u % r] = values;
            progress?.Invoke(++done, points.Length * r);
        }
        var threads = UnitScheduler.Concurrency(request.Threads, scenario.Input);
        if (request.Executor is { } executor)
        {
            // The same runs elsewhere; each result reads back to the values the local run would have computed.
            var work = SensitivityUnits.Create(template, scenario, baseOverrides, pointOverrides, r, metricNames);
            executor.Run(work, ReplicationExperiment.StorePath(output.Target), Enumerable.Range(0, points.Length * r).ToList(), threads,
                (u, text) => Completed(u, SensitivityUnits.Parse(text)), cancellation);
        }
        else
        {
            UnitScheduler.Run(Enumerable.Range(0, points.Length * r).ToList(), threads,
                (u, ct) => SensitivityUnits.Values(template, baseOverrides, pointOverrides[u / r], Seeds.Replication(master, u % r), metricNames, ct), Completed, cancellation);
        }

        var indices = new List<SensitivityIndex>();
        var noise = new Dictionary<string, double>();
        for (var m = 0; m < metricNames.Count; m++)
        {
            var perPoint = outputs.Select(reps => reps.Select(v => v[m]).ToArray()).ToArray();
            var means = perPoint.Select(v => v.Average()).ToArray();
            if (morris is not null)
            {
                foreach (var f in MorrisAnalysis.Analyze(morris, means, master))
                {
                    var factor = spec.Factors[f.Factor].Path;
                    indices.Add(new(metricNames[m], factor, "mu", f.Mu, double.NaN, double.NaN));
                    indices.Add(new(metricNames[m], factor, "mu_star", f.MuStar, f.MuStarInterval.Low, f.MuStarInterval.High));
                    indices.Add(new(metricNames[m], factor, "sigma", f.Sigma, double.NaN, double.NaN));
                }
            }
            else
            {
                foreach (var f in SobolAnalysis.Analyze(saltelli!, means, master).Factors)
                {
                    var factor = spec.Factors[f.Factor].Path;
                    indices.Add(new(metricNames[m], factor, "first_order", f.FirstOrder, f.FirstOrderInterval.Low, f.FirstOrderInterval.High));
                    indices.Add(new(metricNames[m], factor, "total_order", f.TotalOrder, f.TotalOrderInterval.Low, f.TotalOrderInterval.High));
                }
            }
            if (r >= 2) noise[metricNames[m]] = NoiseDecomposition.Estimate(perPoint.Select(v => (IReadOnlyList<double>)v).ToList()).ParameterShareOfMeans;
        }

        CsvWriter.Write(output.PathOf("sensitivity.csv"), ["metric", "factor", "method", "index", "value", "ci_low", "ci_high"],
            indices.Select(i => (IEnumerable<string>)[i.Metric, i.Factor, request.Method, i.Index, Format(i.Value), Format(i.Low), Format(i.High)]));
        CsvWriter.Write(output.PathOf("runs.csv"), ["point", "replication", .. spec.Factors.Select(f => f.Path), .. metricNames],
            Enumerable.Range(0, points.Length).SelectMany(p => Enumerable.Range(0, r).Select(rep =>
                (IEnumerable<string>)[Integer(p), Integer(rep), .. points[p].Select(Format), .. outputs[p][rep].Select(Format)])));
        CsvWriter.Write(output.PathOf("noise.csv"), ["metric", "parameter_share_of_point_means"], noise.Select(n => (IEnumerable<string>)[n.Key, Format(n.Value)]));
        WriteSummary(output.PathOf("summary.json"), scenario.Input.Name, request.Method,
            [.. metricNames.Select(n => Model.Metrics.MetricCatalog.For(scenario.Input.ServiceLines, scenario.Input.StaffCategories).First(m => m.Name == n))]);
        new ExperimentManifest("sensitivity", new JsonObject
        {
            ["scenario"] = request.Scenario,
            ["method"] = request.Method,
            ["overrides"] = new JsonArray([.. request.Overrides.Select(o => (JsonNode?)o)]),
            ["master_seed"] = master,
            ["runs"] = points.Length * r,
        }, [scenario], request.Threads)
            .Set("sensitivity_spec", JsonSerializer.SerializeToNode(spec))
            .Set("status", "complete")
            .WriteInto(output.WorkingPath);
        output.Commit();
        if (request.Executor is not null) ReplicationExperiment.RemoveStore(output.Target);
        return new SensitivityResult(output.Target, indices, noise, points.Length * r);
    }

    /// <summary>summary.json: the scenario, the method, and each analysed metric's label, unit and kind (for figures and reports).</summary>
    private static void WriteSummary(string path, string scenario, string method, IReadOnlyList<Model.Metrics.MetricInfo> metrics)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("scenario", scenario);
        json.WriteString("method", method);
        WriteMetricIdentities(json, metrics);
        json.WriteEndObject();
    }

    private static double Scale(SweepFactor f, double u)
    {
        var x = f.Min + u * (f.Max - f.Min);
        return f.Integer ? Math.Round(x) : x;
    }

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
