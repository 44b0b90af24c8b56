using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Parameters;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Tests.AnalyticLimits;

/// <summary>The model's parts reduced to cases with known closed forms (issue 6, "analytic limits").</summary>
public class AnalyticLimitTests
{
    [Fact]
    public void Innovation_spread_fully_mixed_with_constant_hazards_follows_the_bass_closed_form()
    {
        // One area of 4,000 practices; trust and challenge held at 0.5, so q' = q and p' = p (stewardship, no partner).
        var input = TestWorlds.Small(areas: 1, practices: 4000, patients: 1, ticks: 200).Build();
        var sim = TestWorlds.Create(input);
        var w = sim.World;
        var p = w.P.Market.BassP;
        var q = w.P.Market.BassQ;
        for (var c = 0; c < w.Contracts.Count; c++)
        {
            w.Contracts.TrustC[c] = 0.5;
            w.Contracts.Challenge[c] = 0.5;
            w.Providers.Adopted[w.Contracts.Provider[c]] = false;
        }
        for (var month = 1; month <= 120; month++)
        {
            InnovationRule.Run(w, month);
            var f = InnovationRule.AdoptedShare(w, 0);
            if (month % 12 != 0) continue;
            var t = month / 12.0;
            var bass = (1 - Math.Exp(-(p + q) * t)) / (1 + q / p * Math.Exp(-(p + q) * t));
            // Sampling error with 4,000 practices is below 0.008 (sd); monthly discretisation adds under 0.01.
            Assert.True(Math.Abs(f - bass) < 0.03, $"year {t}: simulated {f:F3}, Bass {bass:F3}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(9)]
    public void Price_only_tender_with_uniform_costs_picks_the_lowest_cost_and_pays_the_second_lowest(int bidders)
    {
        // n bidders with costs uniform on [lo, hi], bidding the equilibrium b(c) = c + (hi - c) / n against reserve hi,
        // scored on price only. The lowest cost wins: E[winning cost] = lo + (hi - lo) / (n + 1). By revenue
        // equivalence the price paid is the expected second-lowest cost, lo + 2 (hi - lo) / (n + 1) (hi when n = 1).
        const double lo = 80, hi = 120;
        const int tenders = 40_000;
        double costSum = 0, priceSum = 0;
        for (var t = 0; t < tenders; t++)
        {
            var rng = new RandomStream(5, 1, (ulong)t, (ulong)bidders);
            double bestScore = double.NegativeInfinity, winningCost = 0, price = 0;
            for (var b = 0; b < bidders; b++)
            {
                var cost = rng.NextUniform(lo, hi);
                var bid = Bidding.Shade(cost, reserve: hi, bidders);
                var score = Tender.Score(priceWeight: 1, hi, bid, believedQuality: rng.NextDouble());
                if (score > bestScore) { bestScore = score; winningCost = cost; price = bid; }
            }
            costSum += winningCost;
            priceSum += price;
        }
        // Standard errors of the means over 40,000 tenders are below 0.1.
        Assert.Equal(lo + (hi - lo) / (bidders + 1), costSum / tenders, 0.3);
        Assert.Equal(bidders == 1 ? hi : lo + 2 * (hi - lo) / (bidders + 1), priceSum / tenders, 0.3);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void Winners_curse_correction_is_the_expected_lowest_of_n_estimate_errors(int bidders)
    {
        // n unbiased estimates with standard normal errors: the lowest falls E[max of n normals] below the truth.
        const int draws = 40_000;
        double sum = 0;
        for (var t = 0; t < draws; t++)
        {
            var rng = new RandomStream(9, 2, (ulong)t, (ulong)bidders);
            var lowest = double.PositiveInfinity;
            for (var b = 0; b < bidders; b++) lowest = Math.Min(lowest, rng.NextGaussian());
            sum += lowest;
        }
        Assert.Equal(-Bidding.ExpectedLowestError(bidders), sum / draws, 0.02);
        Assert.Equal(0.5 * (Bidding.ExpectedLowestError(2) + Bidding.ExpectedLowestError(3)), Bidding.ExpectedLowestError(2.5), 12);
    }

    [Fact]
    public void Trust_fed_a_constant_signal_converges_to_its_fixed_point()
    {
        var p = ScenarioInput.Defaults().Section<TrustParameters>();
        // The update applies gain, contact and decay in turn; each step is linear in T, so the whole update is
        // T' = c1 T + c0 and trust fed a constant signal converges to T* = c0 / (1 - c1).
        const double s = 0.4, k = 0.3;
        static double FixedPoint(double step, double contact, double decay, double baseline)
        {
            var c1 = (1 - decay) * (1 - contact) * (1 - step);
            var c0 = (1 - decay) * ((1 - contact) * step + contact) + decay * baseline;
            return c0 / (1 - c1);
        }
        var up = FixedPoint(p.GainRate * s, p.ContactGain * k, p.Decay, p.Baseline);
        foreach (var start in new[] { 0.05, 0.5, 0.95 })
        {
            var trust = start;
            for (var i = 0; i < 5000; i++) trust = TrustRule.Update(trust, s, k, p);
            Assert.Equal(up, trust, 9);
        }
        // A constant negative signal with no contact: the loss step is T' = (1 - a- s) T, a linear map with no constant.
        var lossStep = p.LossRate * s;
        var c1Down = (1 - p.Decay) * (1 - lossStep);
        var down = p.Decay * p.Baseline / (1 - c1Down);
        var trustDown = 0.9;
        for (var i = 0; i < 5000; i++) trustDown = TrustRule.Update(trustDown, -s, 0, p);
        Assert.Equal(down, trustDown, 9);
        Assert.True(down < up);
    }

    [Fact]
    public void Trust_loses_faster_than_it_gains_in_the_ratio_of_its_parameters()
    {
        var p = ScenarioInput.Defaults().Section<TrustParameters>();
        // At T = 0.5 (the baseline, where decay is zero) with no contact, one step's loss over one step's gain for
        // signals of equal size is exactly a- / a+ = loss_rate / gain_rate.
        Assert.Equal(0.5, p.Baseline);
        var gain = TrustRule.Update(0.5, 0.3, 0, p) - 0.5;
        var loss = 0.5 - TrustRule.Update(0.5, -0.3, 0, p);
        Assert.Equal(p.LossRate / p.GainRate, loss / gain, 9);
    }
}
