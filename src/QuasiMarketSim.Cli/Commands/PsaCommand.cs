using System.CommandLine;
using QuasiMarketSim.Experiments.Uncertainty;
using QuasiMarketSim.Model.Metrics;
using static QuasiMarketSim.Cli.Commands.RunCommand;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>The --psa and --posterior options of `run` and `compare`, and what a probabilistic analysis prints.</summary>
internal static class PsaCommand
{
    public static Option<int?> Sets() => CliOptions.Optional("--psa",
        "Probabilistic sensitivity analysis: draw N parameter sets from the uncertain parameters' distributions (Latin hypercube), run each "
            + "(--replications per set, default 2), and report intervals that include parameter uncertainty.", 4, PsaRequest.MaxSets);

    public static Option<string?> PosteriorFile() => new("--posterior")
    {
        Description = "With --psa: draw the calibrated parameters from a posterior.csv written by quasim calibrate (the others from their priors).",
        HelpName = "posterior.csv",
    };

    /// <summary>Replications per parameter set: the user's --replications if given, else 2.</summary>
    public static int Replications(ParseResult parse, Option<int> replications) =>
        parse.GetResult(replications) is { Implicit: false } ? parse.GetValue(replications) : 2;

    /// <summary>Runs the analysis, prints its result and, with <paramref name="plot"/>, its figures.</summary>
    public static int Execute(ParseResult parse, PsaRequest request, bool quiet, bool plot)
    {
        var progress = new ProgressBar(parse.InvocationConfiguration.Error, quiet, "runs");
        return CommandGuard.Run(parse.InvocationConfiguration.Error, progress, "nothing was written.", ct =>
        {
            var r = PsaExperiment.Execute(request, progress.Report, ct);
            progress.Finish();
            var o = parse.InvocationConfiguration.Output;
            var figures = plot || r.IsComparison ? Plots.UncertaintyFigures.Write(r.OutputDirectory) : [];
            if (quiet) return ExitCodes.Ok;
            Print(o, r, request);
            foreach (var f in figures) o.WriteLine($"  figure: {f}");
            o.WriteLine($"results: {r.OutputDirectory}");
            return ExitCodes.Ok;
        });
    }

    private static void Print(TextWriter o, PsaResult r, PsaRequest request)
    {
        var what = r.IsComparison ? $"{request.ScenarioB} - {request.ScenarioA}" : request.ScenarioA;
        o.WriteLine($"{what}: {r.Design.Sets} parameter sets x {request.Replications} replications ({r.Runs:N0} runs), "
            + $"{r.Design.Paths.Count} uncertain parameters (parameters.csv lists them and their sources)");
        o.WriteLine($"  {"metric (whole run)",-32} {(r.IsComparison ? "B - A" : "mean"),11} {"95% uncertainty interval",-27} {"parameters",10} "
            + (r.IsComparison ? $"{"P(B better)",11}" : ""));
        foreach (var info in MetricCatalog.Headlines.Append(MetricCatalog.Qalys).Append(MetricCatalog.NhsCost))
        {
            var m = r.Metrics.FirstOrDefault(x => x.Metric.Name == info.Name);
            if (m is null) continue;
            string V(double v) => Core.Text.ValueFormat.Of(v, info.Unit);
            var share = double.IsNaN(m.ParameterShare) ? "n/a" : $"{100 * m.ParameterShare:F0}%";
            o.WriteLine($"  {info.Label,-32} {V(m.Mean),11} [{V(m.Low),11}, {V(m.High),11}] {share,10} "
                + (r.IsComparison ? $"{(info.Better == 0 ? "" : N(m.ProbabilityBetter, "F2")),11}" : ""));
        }
        o.WriteLine("  parameters: share of a single run's variance due to parameter uncertainty (the rest is Monte Carlo noise)");
        if (r.CostEffectiveness is not { } ce) return;
        o.WriteLine($"Cost-effectiveness of B against A (NICE reference case, discounted): cost {Money(ce.MeanDeltaCost)}, QALYs {ce.MeanDeltaQalys:+0.0;-0.0}; {ce.Quadrant}"
            + (ce.MeanDeltaCost > 0 && ce.MeanDeltaQalys > 0 ? $", ICER {Money(ce.Icer)} per QALY" : ""));
        foreach (var t in CostEffectiveness.NiceThresholds)
        {
            var inmb = ce.NetBenefit(t);
            var interval = Experiments.Sensitivity.PercentileInterval.Of(inmb);
            o.WriteLine($"  at {Money(t)} per QALY: net monetary benefit {Money(inmb.Average())} [{Money(interval.Low)}, {Money(interval.High)}], "
                + $"P(B cost-effective) {ce.ProbabilityCostEffective(t):F2}");
        }
        if (r.Drivers.Count == 0) return;
        o.WriteLine("What decides each difference (first-order share of its variance across parameter sets, drivers.csv"
            + (r.Design.Sets < 100 ? "; rough below 100 sets" : "") + "):");
        foreach (var (name, label) in new[] { (MetricCatalog.Quality.Name, MetricCatalog.Quality.Label), (MetricCatalog.NhsCost.Name, "cost to the NHS"),
            (PsaAnalysis.NetBenefit20k, "net benefit at GBP 20,000") })
        {
            if (!r.Drivers.TryGetValue(name, out var drivers)) continue;
            var top = drivers.Select((v, j) => (Path: r.Design.Paths[j], Share: v)).Where(x => !double.IsNaN(x.Share)).OrderByDescending(x => x.Share).Take(4);
            o.WriteLine($"  {label,-28} " + string.Join(", ", top.Select(x => $"{x.Path} {x.Share:F2}")));
        }
    }

    private static string Money(double v) => Core.Text.ValueFormat.Of(v, "GBP");
}
