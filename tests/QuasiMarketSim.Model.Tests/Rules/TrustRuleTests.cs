using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuasiMarketSim.Model.Parameters;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.Rules;

public class TrustRuleTests
{
    /// <summary>Parameters with contact gain and decay off, so Update is the signal response alone.</summary>
    private static TrustParameters SignalOnly() =>
        TestWorlds.Create(TestWorlds.Small().Set("trust", "decay", 0.0).Set("trust", "contact_gain", 0.0).Build()).World.P.Trust;

    private static TrustParameters Defaults() => TestWorlds.Create(TestWorlds.Small().Build()).World.P.Trust;

    [Fact]
    public void Default_gain_is_0_03_and_loss_is_three_times_the_gain()
    {
        var p = Defaults();
        Assert.Equal(0.03, p.GainRate);
        Assert.Equal(0.09, p.LossRate, 15);
    }

    [Fact]
    public void A_positive_signal_gains_a_plus_s_1_minus_t()
    {
        var p = SignalOnly();
        // 0.5 + 0.03 x 0.4 x (1 - 0.5)
        Assert.Equal(0.506, TrustRule.Update(0.5, 0.4, 0, p), 15);
        // 0.2 + 0.03 x 1 x 0.8
        Assert.Equal(0.224, TrustRule.Update(0.2, 1, 0, p), 15);
    }

    [Fact]
    public void A_negative_signal_loses_a_minus_s_t()
    {
        var p = SignalOnly();
        // 0.5 - 0.09 x 0.4 x 0.5
        Assert.Equal(0.482, TrustRule.Update(0.5, -0.4, 0, p), 15);
        // 0.8 - 0.09 x 1 x 0.8
        Assert.Equal(0.728, TrustRule.Update(0.8, -1, 0, p), 15);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void At_neutral_trust_an_equal_negative_signal_moves_trust_three_times_as_far(double s)
    {
        var p = SignalOnly();
        var gain = TrustRule.Update(0.5, s, 0, p) - 0.5;
        var loss = 0.5 - TrustRule.Update(0.5, -s, 0, p);
        Assert.True(gain > 0);
        Assert.Equal(3 * gain, loss, 14);
    }

    [Fact]
    public void A_zero_signal_with_no_contact_and_no_decay_leaves_trust_unchanged()
    {
        var p = SignalOnly();
        Assert.Equal(0.37, TrustRule.Update(0.37, 0, 0, p));
    }

    [Fact]
    public void Full_update_applies_signal_then_contact_then_decay_toward_the_baseline()
    {
        var p = Defaults();
        // Signal: 0.6 + 0.03 x 0.5 x 0.4 = 0.606. Contact: + 0.012 x 0.4 x 0.394 = 0.6078912.
        // Decay: - 0.01 x (0.6078912 - 0.5) = 0.606812288.
        Assert.Equal(0.606812288, TrustRule.Update(0.6, 0.5, 0.4, p), 12);
    }

    [Fact]
    public void Without_contact_trust_decays_toward_the_baseline_from_either_side()
    {
        var p = Defaults();
        Assert.Equal(0.896, TrustRule.Update(0.9, 0, 0, p), 15);
        Assert.Equal(0.104, TrustRule.Update(0.1, 0, 0, p), 15);
        Assert.Equal(0.5, TrustRule.Update(0.5, 0, 0, p), 15);
    }

    [Fact]
    public void Contact_builds_trust_and_forgetting_acts_whatever_the_contact()
    {
        var p = Defaults();
        // 0.9 + 0.012 x 1 x 0.1 = 0.9012, then forgetting: - 0.01 x (0.9012 - 0.5).
        Assert.Equal(0.897188, TrustRule.Update(0.9, 0, 1, p), 15);
        Assert.Equal(0.9018 - 0.01 * 0.4018, TrustRule.Update(0.9, 0, 1.5, p), 15);
    }

    [Theory]
    [InlineData(0.2, 0.02)]
    [InlineData(0.5, 0.05)]
    [InlineData(0.85, 0.1)]
    public void Observation_noise_alone_leaves_expected_trust_unchanged(double trust, double surpriseSd)
    {
        var p = SignalOnly();
        var noise = global::QuasiMarketSim.Model.Mechanisms.ExpectedSurprise.MeanSignal(p.Sensitivity * surpriseSd);
        // E[update - trust] over surprise ~ N(0, sd^2), by the midpoint rule on a fine grid out to 8 sd.
        double sum = 0, mass = 0;
        const int steps = 20_000;
        for (var i = 0; i < steps; i++)
        {
            var z = -8 + 16 * (i + 0.5) / steps;
            var density = Math.Exp(-z * z / 2);
            sum += density * (TrustRule.Update(trust, Math.Tanh(p.Sensitivity * surpriseSd * z), 0, p, noise) - trust);
            mass += density;
        }
        Assert.Equal(0, sum / mass, 6);
        // Without the correction the same noise moves trust toward a+ / (a+ + a-) = 0.25: down from above, up from below.
        double raw = 0;
        for (var i = 0; i < steps; i++)
        {
            var z = -8 + 16 * (i + 0.5) / steps;
            raw += Math.Exp(-z * z / 2) * (TrustRule.Update(trust, Math.Tanh(p.Sensitivity * surpriseSd * z), 0, p) - trust);
        }
        Assert.True(Math.Abs(raw / mass) > 1e-4 && Math.Sign(raw) == Math.Sign(0.25 - trust), $"uncorrected drift {raw / mass}");
    }

    [Fact]
    public void Extreme_rates_are_clamped_to_zero_and_one()
    {
        var p = TestWorlds.Create(TestWorlds.Small().Set("trust", "gain_rate", 1.0).Set("trust", "loss_rate", 1.0)
            .Set("trust", "contact_gain", 1.0).Set("trust", "decay", 0.0).Build()).World.P.Trust;
        Assert.Equal(0.0, TrustRule.Update(0.5, -1, 0, p));
        Assert.Equal(1.0, TrustRule.Update(0.5, 1, 2, p));
    }

    private static Gen<double> Between(double lo, double hi) => Gen.Choose(0, 10_000).Select(x => lo + (hi - lo) * x / 10_000.0);

    [Property(MaxTest = 500)]
    public Property Update_stays_in_the_unit_interval() =>
        Prop.ForAll(
            (from t in Between(0, 1) from s in Between(-1, 1) from contact in Between(0, 2.5) select (t, s, contact)).ToArbitrary(),
            x =>
            {
                var p = DefaultsCached;
                var u = TrustRule.Update(x.t, x.s, x.contact, p);
                return u >= 0 && u <= 1;
            });

    private static readonly TrustParameters DefaultsCached = Defaults();

    [Fact]
    public void Run_updates_both_sides_with_contact_erosion_and_memory_recovery()
    {
        var sim = TestWorlds.Create(TestWorlds.Small(areas: 1).Build());
        var w = sim.World;
        var k = w.Contracts;
        var p = w.P;
        w.Areas.Memory[0] = 0.5;
        for (var c = 0; c < k.Count; c++)
        {
            k.Surprise[c] = 0.01 * (c - 1); // negative, zero, positive
            k.Payment[c] = k.MonthlyValue(c); // paid in full: no payment signal
        }
        var trustC = k.TrustC.ToArray();
        var trustP = k.TrustP.ToArray();

        TrustRule.Run(w, 0);

        // Mix 0.8, stewardship: negotiated order 0.74, contact multiplier 1.5, memory 0.5 -> contact 0.74 x 1.5 x 0.75.
        var contact = 0.74 * 1.5 * 0.75;
        for (var c = 0; c < k.Count; c++)
        {
            var expectedC = TrustRule.Update(trustC[c], Math.Tanh(10 * 0.01 * (c - 1)), contact, p.Trust);
            Assert.Equal(expectedC, k.TrustC[c], 15);
            var tp = TrustRule.Update(trustP[c], 0, contact, p.Trust);
            Assert.Equal(tp - 0.012 * 0.26 * tp, k.TrustP[c], 15);
        }
        Assert.True(k.TrustC[0] < k.TrustC[1] && k.TrustC[1] < k.TrustC[2]);
        Assert.Equal(0.5 + 0.03 * 0.5, w.Areas.Memory[0], 15);
    }

    [Fact]
    public void Run_penalty_shocks_provider_trust_and_counts_a_dispute_when_it_falls_below_0_3()
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Build()).World;
        var k = w.Contracts;
        for (var c = 0; c < k.Count; c++) k.Payment[c] = k.MonthlyValue(c);
        k.Penalised[0] = true;
        k.TrustP[0] = 0.3;
        k.Penalised[1] = true;
        k.TrustP[1] = 0.9;
        TrustRule.Run(w, 0);
        Assert.Equal(1, k.Disputes[0]);
        Assert.Equal(0, k.Disputes[1]);
        Assert.Equal(0, k.Disputes[2]);
        Assert.True(k.TrustP[0] < 0.3);
        Assert.True(k.TrustP[1] < 0.9 * 0.95);
    }

    [Fact]
    public void Underpayment_lowers_provider_trust()
    {
        var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Build()).World;
        var k = w.Contracts;
        k.Payment[0] = k.MonthlyValue(0);
        k.Payment[1] = 0.9 * k.MonthlyValue(1);
        k.TrustP[0] = k.TrustP[1] = 0.6;
        TrustRule.Run(w, 0);
        Assert.True(k.TrustP[1] < k.TrustP[0] - 0.01, $"{k.TrustP[1]} vs {k.TrustP[0]}");
    }

    [Fact]
    public void Agency_builds_less_trust_by_contact_than_stewardship()
    {
        double After(string stance)
        {
            var w = TestWorlds.Create(TestWorlds.Small(areas: 1).Stance(stance).Build()).World;
            var k = w.Contracts;
            for (var c = 0; c < k.Count; c++) { k.Payment[c] = k.MonthlyValue(c); k.TrustC[c] = 0.5; }
            TrustRule.Run(w, 0);
            return k.TrustC[0];
        }
        Assert.True(After("agency") < After("stewardship"));
    }
}
