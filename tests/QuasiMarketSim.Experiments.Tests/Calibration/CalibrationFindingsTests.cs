using QuasiMarketSim.Experiments.Calibration;

namespace QuasiMarketSim.Experiments.Tests.Calibration;

/// <summary>What `quasim calibrate baseline` finds, as docs/ODD.md 7.14 and the README state it (the default calibration, about 1.5 minutes).</summary>
public class CalibrationFindingsTestsFull
{
    [Fact]
    [Trait("Category", "Slow")]
    public void The_baseline_calibration_finds_targets_too_loose_to_narrow_any_parameter_and_predicts_the_held_out_spend_share()
    {
        using var dir = new TempFolder();
        var r = CalibrationExperiment.Execute(new CalibrationRequest(RepoPaths.Scenario("baseline"), [], Threads: 2, OutputDirectory: dir.Sub("out")));
        var a = r.Analysis;
        TargetResult T(string name) => a.Targets.Single(t => t.Target.Name == name);

        // About 670 of 5,000 sets accepted (13%); about 96% of all sets meet every fitted target within implausibility 3.
        Assert.InRange(a.Accepted.Count, 600, 750);
        Assert.InRange(a.WithinCutoff, 0.95 * 5000, 0.97 * 5000);
        Assert.True(a.AcceptedWithinCutoff >= a.Accepted.Count - 2);
        // No posterior sd is below 90% of its prior sd; the parameters moved are those that make quality worth more in the
        // appraisal (admissions avoided), both upward.
        Assert.All(a.Parameters, p => Assert.True(p.SdRatio > 0.9, $"{p.Path}: {p.SdRatio}"));
        var informed = a.Parameters.Where(p => p.Informed(a.InformedThreshold)).ToList();
        Assert.Equal(["patients.admission_rate", "patients.care_admission_effect"], informed.Select(p => p.Path).Order());
        Assert.All(informed, p => Assert.InRange(p.Shift, 0.15, 0.5));
        Assert.InRange(informed.Single(p => p.Path == "patients.care_admission_effect").Posterior.Mean, 0.36, 0.38);
        Assert.InRange(informed.Single(p => p.Path == "patients.admission_rate").Posterior.Mean, 0.0205, 0.022);
        // The calibrated model tenders more than the prior but below the 6% observed; every target is covered.
        Assert.InRange(T("tendered_award_share").Prior.Mean, 0.015, 0.025);
        Assert.InRange(T("tendered_award_share").Posterior.Mean, T("tendered_award_share").Prior.Mean, 0.035);
        Assert.All(a.Targets, t => Assert.True(t.Covered, t.Target.Name));
        Assert.Equal(TargetRole.HeldOut, T("tendered_spend_share").Role);
        Assert.InRange(T("tendered_spend_share").Posterior.Mean, 0.01, 0.025);
        Assert.InRange(T("tendered_spend_share").Posterior.High, 0.05, 0.075);
        Assert.InRange(T("tendered_spend_share").PredictiveP, 0.5, 0.75);
        Assert.InRange(T("transaction_cost_share").Posterior.Mean, 0.04, 0.05);
        Assert.InRange(T("transaction_cost_share").Posterior.Low, 0.028, 0.034);
        Assert.InRange(T("transaction_cost_share").Posterior.High, 0.055, 0.063);
        Assert.InRange(T("provider_switching").Posterior.Mean, 0.03, 0.05);
        Assert.InRange(T("provider_switching").Posterior.High, 0.1, 0.15);
        // Input checks at the posterior: leavers about 12.2% a year (the counting), vacancies about 10%.
        Assert.InRange(T("staff_leaver_rate").Posterior.Mean, 0.121, 0.124);
        Assert.InRange(T("staff_vacancy_rate").Posterior.Mean, 0.095, 0.11);
    }
}
