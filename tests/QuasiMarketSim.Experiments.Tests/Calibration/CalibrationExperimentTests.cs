using System.Globalization;
using Xunit.Abstractions;
using QuasiMarketSim.Experiments.Calibration;
using QuasiMarketSim.Experiments.Uncertainty;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.Tests.Calibration;

public class CalibrationExperimentTests(ITestOutputHelper output)
{
    /// <summary>A small, short baseline world: 8 areas of 2 practices of 100 patients, two years.</summary>
    internal static readonly string[] Small =
        ["world.commissioners=8", "world.practices_per_commissioner=2", "world.patients_per_practice=100", "ticks=24"];

    /// <summary>
    /// A target made by the model itself: the mean of <paramref name="runs"/> runs of <paramref name="scenario"/> at
    /// <paramref name="truth"/>, with the sd of one run as its uncertainty (one world observed), floored at
    /// <paramref name="minSd"/>.
    /// </summary>
    internal static CalibrationTarget Synthetic(string name, string scenario, IReadOnlyList<string> overrides, string[] truth, int runs, double minSd = 0)
    {
        var target = CalibrationTargets.Find(name);
        var input = ScenarioLoader.Load(RepoPaths.Scenario(scenario), [.. overrides, .. truth]).Input;
        var values = Enumerable.Range(0, runs).Select(r =>
        {
            // Seeds of their own, apart from the calibration's replication seeds.
            var (table, metrics) = RunUnit.Run(input, Seeds.Independent(99, r));
            return target.Compute(RunOutcome.Of(metrics, RunUnit.WholeRun(table, metrics), input));
        }).ToArray();
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (runs - 1));
        return target with { Observed = mean, Sd = Math.Max(sd, minSd) };
    }

    private static CalibrationRequest SmallRequest(string output, int threads = 2, int samples = 400) =>
        new(RepoPaths.Scenario("baseline"), Small, samples, HoldOut: [], Parameters: ["transaction_costs.incompleteness_cost"], Threads: threads,
            OutputDirectory: output, Targets: [Synthetic("transaction_cost_share", "baseline", Small, ["transaction_costs.incompleteness_cost=0.14"], 10)]);

    [Fact]
    public void Calibration_recovers_a_parameter_from_a_target_the_model_made_at_a_known_value()
    {
        // The transaction-cost share made at incompleteness_cost 0.14 (prior: gamma, mean 0.1, sd 0.03): the posterior's
        // 95% interval holds 0.14 and is narrower than the prior.
        using var dir = new TempFolder();
        var r = CalibrationExperiment.Execute(SmallRequest(dir.Sub("out")));
        var p = Assert.Single(r.Analysis.Parameters);
        output.WriteLine($"posterior {p.Posterior.Mean} [{p.Posterior.Low}, {p.Posterior.High}], sd ratio {p.SdRatio}, {r.Analysis.Accepted.Count} accepted");
        Assert.Equal("transaction_costs.incompleteness_cost", p.Path);
        Assert.True(p.Posterior.Contains(0.14), $"0.14 outside [{p.Posterior.Low}, {p.Posterior.High}]");
        Assert.True(p.SdRatio < 0.7, $"posterior sd / prior sd {p.SdRatio}");
        Assert.True(p.Informed(r.Analysis.InformedThreshold));
        Assert.InRange(r.Analysis.Accepted.Count, CalibrationRequest.MinAccepted, 400);
    }

    [Fact]
    public void The_posterior_is_the_same_bytes_at_one_and_two_threads_and_round_trips_through_the_psa_reader()
    {
        using var dir = new TempFolder();
        var one = CalibrationExperiment.Execute(SmallRequest(dir.Sub("one"), threads: 1, samples: 300));
        var two = CalibrationExperiment.Execute(SmallRequest(dir.Sub("two"), threads: 2, samples: 300));
        foreach (var file in new[] { "posterior.csv", "samples.csv", "runs.csv", "targets.csv", "parameters.csv", "summary.json" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(one.OutputDirectory, file)), File.ReadAllBytes(Path.Combine(two.OutputDirectory, file)));

        var posterior = Posterior.Read(Path.Combine(one.OutputDirectory, "posterior.csv"));
        Assert.Equal(["transaction_costs.incompleteness_cost"], posterior.Paths);
        Assert.Equal(one.Analysis.Accepted.Count, posterior.Rows);
        var samples = File.ReadAllLines(Path.Combine(one.OutputDirectory, "samples.csv"));
        var header = samples[0].Split(',');
        var accepted = samples.Skip(1).Select(l => l.Split(',')).Where(c => c[^1] == "true").ToList();
        Assert.Equal(accepted.Count, posterior.Rows);
        for (var i = 0; i < posterior.Rows; i++)
            Assert.Equal(double.Parse(accepted[i][Array.IndexOf(header, "transaction_costs.incompleteness_cost")], CultureInfo.InvariantCulture),
                posterior.Value(i, "transaction_costs.incompleteness_cost"));
    }

    [Fact]
    public void Bad_requests_are_refused_before_any_run_with_what_to_do()
    {
        using var dir = new TempFolder();
        var request = SmallRequest(dir.Sub("out"));
        var holdout = Assert.Throws<ArgumentException>(() => CalibrationExperiment.Execute(request with { HoldOut = ["tender_share"] }));
        Assert.Contains("no calibration target 'tender_share'", holdout.Message, StringComparison.Ordinal);
        var nothing = Assert.Throws<ArgumentException>(() => CalibrationExperiment.Execute(request with { HoldOut = ["transaction_cost_share"] }));
        Assert.Contains("nothing is left to fit", nothing.Message, StringComparison.Ordinal);
        var parameter = Assert.Throws<ArgumentException>(() => CalibrationExperiment.Execute(request with { Parameters = ["trust.baseline"] }));
        Assert.Contains("'trust.baseline' is not an uncertain parameter of baseline", parameter.Message, StringComparison.Ordinal);
        var reps = Assert.Throws<ArgumentException>(() => CalibrationExperiment.Execute(request with { Replications = 1 }));
        Assert.Contains("--replications", reps.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.Sub("out")));
    }

    [Fact]
    public void Too_few_accepted_sets_is_a_calibration_failure_that_names_the_target_out_of_reach()
    {
        // A transaction-cost share of 50% with sd 0.1 point: no parameter set comes near it.
        using var dir = new TempFolder();
        var target = CalibrationTargets.Find("transaction_cost_share") with { Observed = 0.5, Sd = 0.001 };
        var e = Assert.Throws<CalibrationException>(() => CalibrationExperiment.Execute(SmallRequest(dir.Sub("out"), samples: 30) with { Targets = [target] }));
        Assert.Contains("only 0 of 30 parameter sets were accepted", e.Message, StringComparison.Ordinal);
        Assert.Contains("transaction_cost_share 0.5 (sd 0.001) against [", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.Sub("out")));
    }
}

public class CalibrationRecoveryTestsFull(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Slow")]
    public void Calibration_recovers_two_parameters_from_two_targets_the_model_made_at_known_values()
    {
        // A small transactional world over five years, where tenders happen: the tendered share of awards made at
        // tender_cost 0.035 (prior mean 0.05, sd 0.015) and the transaction-cost share made at incompleteness_cost 0.13
        // (prior mean 0.1, sd 0.03). Both truths lie in their posterior 95% intervals, and both posteriors are narrower
        // than their priors.
        using var dir = new TempFolder();
        string[] world = ["world.commissioners=8", "world.practices_per_commissioner=2", "world.patients_per_practice=100", "ticks=60"];
        string[] truth = ["transaction_costs.tender_cost=0.035", "transaction_costs.incompleteness_cost=0.13"];
        var r = CalibrationExperiment.Execute(new CalibrationRequest(RepoPaths.Scenario("transactional"), world, 1500, HoldOut: [],
            Parameters: ["transaction_costs.tender_cost", "transaction_costs.incompleteness_cost"], Threads: 2, OutputDirectory: dir.Sub("out"),
            Targets: [CalibrationExperimentTests.Synthetic("tendered_award_share", "transactional", world, truth, 20),
                CalibrationExperimentTests.Synthetic("transaction_cost_share", "transactional", world, truth, 20)]));
        foreach (var (p, value) in r.Analysis.Parameters.Zip([0.035, 0.13]))
        {
            output.WriteLine($"{p.Path}: truth {value}, posterior {p.Posterior.Mean} [{p.Posterior.Low}, {p.Posterior.High}], sd ratio {p.SdRatio}, "
                + $"{r.Analysis.Accepted.Count} accepted");
            Assert.True(p.Posterior.Contains(value), $"{p.Path}: {value} outside [{p.Posterior.Low}, {p.Posterior.High}]");
            Assert.True(p.SdRatio < 0.9, $"{p.Path}: posterior sd / prior sd {p.SdRatio}");
        }
    }
}
