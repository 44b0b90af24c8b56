using QuasiMarketSim.Model.Mechanisms;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.Mechanisms;

public class PaymentTests
{
    private static QuasiMarket World() => TestWorlds.Create(TestWorlds.Small(areas: 1).Build()).World;

    [Fact]
    public void Block_pays_value_activity_pays_price_times_served()
    {
        var w = World();
        var k = w.Contracts;
        k.Observed[0] = 0.9; // above any quality standard: no penalty
        k.Served[0] = 100;
        Assert.Equal(ContractForm.Block, k.Form[0]);
        Assert.Equal(k.MonthlyValue(0), Payment.Due(w, 0, 0));
        k.Form[0] = ContractForm.Activity;
        Assert.Equal(k.Price[0] * 100, Payment.Due(w, 0, 0));
        Assert.False(k.Penalised[0]);
    }

    [Fact]
    public void Block_payment_shrinks_with_the_share_of_care_an_overspent_commissioner_funds()
    {
        var w = World();
        w.Contracts.Observed[0] = 0.9;
        w.Areas.FundedShare[0] = 0.9;
        Assert.Equal(0.9 * w.Contracts.MonthlyValue(0), Payment.Due(w, 0, 0), 9);
    }

    [Fact]
    public void Outcome_payment_rewards_improvement_on_the_reference_set_when_the_terms_were_written_within_30_percent()
    {
        var w = World();
        var k = w.Contracts;
        k.Observed[0] = 0.9;
        k.Form[0] = ContractForm.Outcome;
        var value = k.MonthlyValue(0);
        // The reference is the ratio the provider achieved when the terms were written, from its own quality.
        Assert.Equal(1 - 0.35 * k.DeliveredQuality[0] * 0.7, k.OutcomeReference[0], 12);
        k.AdmissionRatio[0] = k.OutcomeReference[0];
        Assert.Equal(value, Payment.Due(w, 0, 0), 9);
        k.AdmissionRatio[0] = k.OutcomeReference[0] - 0.1;
        Assert.Equal(1.1 * value, Payment.Due(w, 0, 0), 9);
        k.AdmissionRatio[0] = k.OutcomeReference[0] - 0.5;
        Assert.Equal(1.3 * value, Payment.Due(w, 0, 0), 9);
        k.AdmissionRatio[0] = k.OutcomeReference[0] + 0.5;
        Assert.Equal(0.7 * value, Payment.Due(w, 0, 0), 9);
        k.Form[0] = ContractForm.Alliance;
        Assert.Equal(0.85 * value, Payment.Due(w, 0, 0), 9);
    }

    [Fact]
    public void Rewriting_the_terms_resets_the_outcome_reference_to_the_world_as_it_is()
    {
        var w = World();
        var k = w.Contracts;
        k.AdmissionRatio[0] = 0.61;
        ContractTerms.Write(w, 0);
        Assert.Equal(0.61, k.OutcomeReference[0]);
    }

    [Fact]
    public void The_admission_ratio_is_smoothed_over_a_year()
    {
        var w = World();
        var k = w.Contracts;
        k.AdmissionRatio[0] = 0.8;
        k.ExpectedAdmissions[0] = 100;
        k.Admissions[0] = 56;
        Payment.TrackAdmissions(w, 0);
        Assert.Equal(0.8 + (0.56 - 0.8) / 12, k.AdmissionRatio[0], 12);
    }
}
