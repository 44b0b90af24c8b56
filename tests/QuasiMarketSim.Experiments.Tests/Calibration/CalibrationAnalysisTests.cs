using QuasiMarketSim.Experiments.Calibration;

namespace QuasiMarketSim.Experiments.Tests.Calibration;

public class CalibrationAnalysisTests
{
    // Two targets of one's own: a fitted one (z 0.5, sd 0.1) and one whose role the test sets.
    private static CalibrationTarget Target(string name, double z, double sd, string? echoes = null) =>
        new(name, name, "share", "test", z, sd, "test", "test", echoes, _ => 0);

    private static readonly CalibrationTarget[] Targets = [Target("fit", 0.5, 0.1), Target("other", 0.2, 0.05)];

    /// <summary>runs[set][replication][target]: set s's runs give (0.5 + 0.1 s +/- 0.02, other +/- 0.01).</summary>
    private static double[][][] Runs(int sets, Func<int, double> other) =>
        [.. Enumerable.Range(0, sets).Select(s => new[] { new[] { 0.5 + 0.1 * s + 0.02, other(s) + 0.01 }, [0.5 + 0.1 * s - 0.02, other(s) - 0.01] })];

    private static double[][] Values(int sets) => [.. Enumerable.Range(0, sets).Select(s => new[] { (double)s })];

    [Fact]
    public void The_distance_is_the_gap_in_observation_sds_and_implausibility_adds_the_monte_carlo_noise_of_the_mean()
    {
        // Set 2 averages 0.7 on "fit": d = |0.7 - 0.5| / 0.1 = 2, accepted with probability exp(-2) = 0.135. The runs of
        // every set differ by +/- 0.02, so one run's variance is 0.0008 (n - 1 = 1) and the mean of two has 0.0004:
        // implausibility 0.2 / sqrt(0.01 + 0.0004) = 1.961.
        var a = CalibrationAnalysis.Run(["x"], Values(4), Runs(4, _ => 0.2), Targets, [TargetRole.Fitted, TargetRole.HeldOut], 1);
        Assert.Equal(2, a.Distance[2], 12);
        Assert.Equal(Math.Exp(-2), a.AcceptanceProbability.ElementAt(2), 12);
        Assert.Equal(0.2 / Math.Sqrt(0.0104), a.Implausibility[2], 12);
        Assert.Equal(0.0008, a.Targets[0].MonteCarloVariance, 12);
    }

    [Fact]
    public void Targets_that_are_input_checks_or_held_out_never_enter_the_distance()
    {
        // The second target's values are wildly off in some sets; as an input check or held out it changes nothing.
        var near = CalibrationAnalysis.Run(["x"], Values(50), Runs(50, _ => 0.2), Targets, [TargetRole.Fitted, TargetRole.InputCheck], 7);
        foreach (var role in new[] { TargetRole.InputCheck, TargetRole.HeldOut })
        {
            var far = CalibrationAnalysis.Run(["x"], Values(50), Runs(50, s => 100.0 * s), Targets, [TargetRole.Fitted, role], 7);
            Assert.Equal(near.Distance, far.Distance);
            Assert.Equal(near.Implausibility, far.Implausibility);
            Assert.Equal(near.Accepted, far.Accepted);
        }
        var fitted = CalibrationAnalysis.Run(["x"], Values(50), Runs(50, s => 100.0 * s), Targets, [TargetRole.Fitted, TargetRole.Fitted], 7);
        Assert.NotEqual(near.Distance, fitted.Distance);
    }

    [Fact]
    public void Echo_targets_are_input_checks_whatever_is_held_out_and_cannot_be_held_out()
    {
        var targets = CalibrationTargets.All;
        var roles = CalibrationExperiment.Roles(targets, [CalibrationTargets.DefaultHoldOut]);
        Assert.All(targets.Where(t => t.IsInputCheck), t => Assert.Equal(TargetRole.InputCheck, roles[targets.ToList().IndexOf(t)]));
        Assert.Equal(TargetRole.HeldOut, roles[targets.ToList().FindIndex(t => t.Name == CalibrationTargets.DefaultHoldOut)]);
        var e = Assert.Throws<ArgumentException>(() => CalibrationExperiment.Roles(targets, ["staff_leaver_rate"]));
        Assert.Contains("'staff_leaver_rate' is a check of its input (staff.leaver_rate", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CalibrationExperiment.Roles(targets, ["vacancies"]));
    }

    [Fact]
    public void The_posterior_predictive_is_the_model_value_over_the_accepted_sets()
    {
        // Only set 0 sits on the target (d = 0, always accepted); sets 3 and above are 3 sds or more away.
        var a = CalibrationAnalysis.Run(["x"], Values(40), Runs(40, _ => 0.2), Targets, [TargetRole.Fitted, TargetRole.HeldOut], 3);
        Assert.Contains(0, a.Accepted);
        Assert.All(a.Accepted, s => Assert.True(a.Distance[s] < 5));
        Assert.Equal(a.Accepted.Average(s => 0.5 + 0.1 * s), a.Targets[0].Posterior.Mean, 12);
        Assert.Equal(Enumerable.Range(0, 40).Average(s => 0.5 + 0.1 * s), a.Targets[0].Prior.Mean, 12);
        Assert.True(a.Targets[1].Covered);
        Assert.Equal(0, a.Targets[1].Implausibility, 12);
    }

    [Fact]
    public void A_parameter_the_targets_pin_is_informed_and_one_they_ignore_is_not()
    {
        // Parameter 0 sets the fitted value (0.5 + 0.1 x), parameter 1 is unrelated to it (a fixed permutation).
        var sets = 400;
        var values = Enumerable.Range(0, sets).Select(s => new[] { s / 40.0, (s * 7919 % sets) / 40.0 }).ToArray();
        var runs = values.Select(v => new[] { new[] { 0.5 + 0.1 * (v[0] - 5) + 0.001, 0.2 }, [0.5 + 0.1 * (v[0] - 5) - 0.001, 0.2] }).ToArray();
        var a = CalibrationAnalysis.Run(["pinned", "ignored"], values, runs, Targets, [TargetRole.Fitted, TargetRole.HeldOut], 11);
        Assert.True(a.Parameters[0].Informed(a.InformedThreshold));
        Assert.True(a.Parameters[0].SdRatio < 0.5);
        Assert.InRange(a.Parameters[0].Posterior.Mean, 4, 6);
        Assert.False(a.Parameters[1].Informed(a.InformedThreshold));
    }
}
