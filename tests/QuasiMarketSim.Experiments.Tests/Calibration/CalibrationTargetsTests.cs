using QuasiMarketSim.Experiments.Calibration;

namespace QuasiMarketSim.Experiments.Tests.Calibration;

public class CalibrationTargetsTests
{
    private static RunOutcome Outcome(int months = 120, int serviceAreas = 9, params (string Metric, double Value)[] values) =>
        new(values.ToDictionary(v => v.Metric, v => v.Value), months, serviceAreas);

    [Fact]
    public void The_tendered_award_share_is_tenders_over_every_award()
    {
        // 3 tenders, 20 renewals, 5 renegotiations, 2 decommissions: 3 / 30 = 10%.
        var run = Outcome(values: [("tenders", 3), ("renewals", 20), ("renegotiations", 5), ("decommissions", 2)]);
        Assert.Equal(0.1, CalibrationTargets.TenderedAwardShare(run), 12);
        Assert.Equal(0.0, CalibrationTargets.TenderedAwardShare(Outcome(values: [("tenders", 0), ("renewals", 0), ("renegotiations", 0), ("decommissions", 0)])));
    }

    [Fact]
    public void The_tendered_spend_share_is_the_annual_value_tendered_over_the_spend_of_the_same_years()
    {
        // Over ten years GBP 3M of annual contract value went to tender and GBP 150M was spent: 2% of a year's spend a year.
        var run = Outcome(values: [("tendered_value", 3e6), ("spend", 150e6)]);
        Assert.Equal(0.02, CalibrationTargets.TenderedSpendShare(run), 12);
        Assert.Equal(0.0, CalibrationTargets.TenderedSpendShare(Outcome(values: [("tendered_value", 0), ("spend", 0)])));
    }

    [Fact]
    public void Provider_switching_counts_switches_and_decommissions_per_service_area_per_year()
    {
        // 4 switches and 5 decommissions in 9 service areas over 10 years: 9 / 90 = 0.1 a service-area-year.
        var run = Outcome(120, 9, ("switches", 4), ("decommissions", 5));
        Assert.Equal(0.1, CalibrationTargets.ProviderSwitching(run), 12);
        // The three-PCT study's figure: one change in six service areas over 22 months.
        Assert.Equal(1.0 / 11, CalibrationTargets.ProviderSwitching(Outcome(22, 6, ("switches", 0), ("decommissions", 1))), 12);
    }

    [Fact]
    public void The_leaver_rate_is_leavers_a_year_over_staff_in_post_and_in_the_pools()
    {
        // 600 leavers over 5 years from 950 employed and 50 in the pools: 120 / 1000 = 12% a year.
        var run = Outcome(60, 9, ("staff_leavers", 600), ("staff_employed", 950), ("staff_available", 50));
        Assert.Equal(0.12, CalibrationTargets.LeaverRate(run), 12);
    }

    [Fact]
    public void Shares_the_model_reports_directly_are_read_as_they_are()
    {
        var run = Outcome(values: [("tc_share_of_spend", 0.04), ("staff_vacancy_rate", 0.097)]);
        Assert.Equal(0.04, CalibrationTargets.TransactionCostShare(run));
        Assert.Equal(0.097, CalibrationTargets.VacancyRate(run));
        Assert.Throws<KeyNotFoundException>(() => CalibrationTargets.LeaverRate(run));
    }

    [Fact]
    public void Targets_set_by_an_input_are_input_checks_and_the_others_are_outputs_of_the_mechanisms()
    {
        Assert.Equal(["staff_vacancy_rate", "staff_leaver_rate"], CalibrationTargets.All.Where(t => t.IsInputCheck).Select(t => t.Name));
        Assert.StartsWith("staff.leaver_rate", CalibrationTargets.Find("staff_leaver_rate").Echoes, StringComparison.Ordinal);
        Assert.StartsWith("staff_categories[].staffing_at_start", CalibrationTargets.Find("staff_vacancy_rate").Echoes, StringComparison.Ordinal);
        Assert.Equal(["tendered_award_share", "tendered_spend_share", "transaction_cost_share", "provider_switching"],
            CalibrationTargets.All.Where(t => !t.IsInputCheck).Select(t => t.Name));
        Assert.False(CalibrationTargets.Find(CalibrationTargets.DefaultHoldOut).IsInputCheck);
    }

    [Fact]
    public void An_observation_interval_is_z_plus_or_minus_1_96_sd_and_never_below_zero()
    {
        var award = CalibrationTargets.Find("tendered_award_share");
        Assert.Equal(0.06 - 1.959963984540054 * 0.03, award.Low, 12);
        Assert.Equal(0.06 + 1.959963984540054 * 0.03, award.High, 12);
        Assert.Equal(0.0, CalibrationTargets.Find("provider_switching").Low);
        Assert.False(award.Contains(0));
        Assert.True(award.Contains(0.06));
    }

    [Fact]
    public void Implausibility_divides_the_gap_by_the_observation_and_model_uncertainty_together()
    {
        // z 0.06, sd 0.03; model 0 known with variance 0.0004 (sd 0.02): 0.06 / sqrt(0.0009 + 0.0004) = 1.664.
        var award = CalibrationTargets.Find("tendered_award_share");
        Assert.Equal(0.06 / Math.Sqrt(0.0013), award.Implausibility(0, 0.0004), 12);
        Assert.Equal(2.0, award.Implausibility(0, 0), 12);
    }

    [Fact]
    public void An_unknown_target_is_refused_with_the_list_of_targets()
    {
        var e = Assert.Throws<ArgumentException>(() => CalibrationTargets.Find("tender_share"));
        Assert.Contains("no calibration target 'tender_share'", e.Message, StringComparison.Ordinal);
        Assert.Contains("tendered_award_share, tendered_spend_share", e.Message, StringComparison.Ordinal);
    }
}
