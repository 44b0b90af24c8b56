using FsCheck;
using FsCheck.Xunit;
using QuasiMarketSim.Experiments.Uncertainty;
using QuasiMarketSim.Model.Specs;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.Tests.Uncertainty;

public class UncertainParameterTests
{
    private static FieldSpec Field(double min = 0, double max = 100_000) => FieldSpec.Number("x", 1, "-", min, max, "test", "test");

    /// <summary>Mean and sd of the distribution, by the midpoint rule over quantiles.</summary>
    private static (double Mean, double Sd) Moments(UncertainParameter p, int n = 20_000)
    {
        var xs = Enumerable.Range(0, n).Select(i => p.Quantile((i + 0.5) / n)).ToArray();
        var mean = xs.Average();
        return (mean, Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / n));
    }

    [Theory]
    [InlineData(Distribution.Beta, 0.3, 0.1)]
    [InlineData(Distribution.Beta, 0.75, 0.05)]
    [InlineData(Distribution.Gamma, 0.2, 0.07)]
    [InlineData(Distribution.Gamma, 1590, 320)]
    [InlineData(Distribution.LogNormal, 0.92, 0.06)]
    [InlineData(Distribution.LogNormal, 10, 3)]
    public void A_distribution_has_the_scenario_value_as_its_mean_and_the_declared_sd(Distribution family, double mean, double sd)
    {
        var (m, s) = Moments(new UncertainParameter(Field(), new Prior(family, sd, "test"), mean));
        Assert.Equal(mean, m, mean * 0.005);
        Assert.Equal(sd, s, sd * 0.03);
    }

    [Fact]
    public void A_beta_too_wide_for_its_mean_is_capped_and_says_so()
    {
        var p = new UncertainParameter(Field(0, 1), new Prior(Distribution.Beta, 0.4, "test"), 0.1);
        Assert.True(p.Capped);
        Assert.Equal(0.5 * Math.Sqrt(0.1 * 0.9), p.Sd, 12);
        Assert.Equal(p.Sd, Moments(p).Sd, p.Sd * 0.03);
    }

    [Theory]
    [InlineData(Distribution.Beta, 0)]
    [InlineData(Distribution.Beta, 1)]
    [InlineData(Distribution.Gamma, 0)]
    [InlineData(Distribution.LogNormal, 0)]
    public void A_mean_no_distribution_of_the_family_can_have_is_held_fixed(Distribution family, double mean)
    {
        var p = new UncertainParameter(Field(), new Prior(family, 0.1, "test"), mean);
        Assert.True(p.Degenerate);
        Assert.Equal(mean, p.Quantile(0.01));
        Assert.Equal(mean, p.Quantile(0.99));
    }

    [Property(MaxTest = 200)]
    public void Values_stay_in_the_parameter_range_and_rise_with_the_quantile(NormalFloat a, NormalFloat b)
    {
        var (u1, u2) = (Frac(a.Get), Frac(b.Get));
        var p = new UncertainParameter(Field(0, 0.5), new Prior(Distribution.Gamma, 0.2, "test"), 0.3);
        var (x1, x2) = (p.Quantile(Math.Min(u1, u2)), p.Quantile(Math.Max(u1, u2)));
        Assert.InRange(x1, 0, 0.5);
        Assert.InRange(x2, 0, 0.5);
        Assert.True(x1 <= x2);
    }

    private static double Frac(double x) => double.IsFinite(x) ? Math.Abs(x) % 1 : 0.5;

    [Fact]
    public void Every_declared_uncertainty_is_a_proper_distribution_that_fits_its_parameter_range()
    {
        var declared = ScenarioSchema.AllParameters.Where(f => f.Prior is not null).ToList();
        Assert.True(declared.Count >= 30, $"only {declared.Count} parameters declare their uncertainty");
        foreach (var f in declared)
        {
            var p = new UncertainParameter(f, f.Prior!, (double)f.Default!);
            Assert.False(p.Degenerate, $"{f.Path}: no {f.Prior!.Family} has mean {f.Default}");
            Assert.False(p.Capped, $"{f.Path}: sd {f.Prior!.Sd} is too wide for a beta of mean {f.Default}");
            if (f.Prior!.Family == Distribution.Beta) Assert.True(f.Min >= 0 && f.Max <= 1, $"{f.Path}: a beta is for shares in [0, 1]");
            // The range clips at most the outer 0.5% of either tail, so the declared sd is the sd that is drawn.
            Assert.True(p.Quantile(0.005) > f.Min || f.Min == 0 && f.Prior.Family != Distribution.Beta, $"{f.Path}: the range cuts the lower tail");
            Assert.True(p.Quantile(0.995) < f.Max, $"{f.Path}: the range {f.Min}-{f.Max} cuts the upper tail ({p.Quantile(0.995)})");
            Assert.False(string.IsNullOrWhiteSpace(f.Prior.Source), $"{f.Path}: the spread needs a source");
        }
    }

    [Fact]
    public void A_scenario_can_widen_add_or_remove_a_parameters_uncertainty()
    {
        var text = """
            { "name": "u", "uncertainty": [
                { "path": "trust.gain_rate", "distribution": "gamma", "sd": 0.02, "source": "wider" },
                { "path": "providers.complacency", "distribution": "none" },
                { "path": "trust.baseline", "distribution": "beta", "sd": 0.05 } ] }
            """;
        var scenario = ScenarioLoader.LoadText(text, "u.jsonc", []);
        var list = UncertainParameters.Of(scenario);
        Assert.Equal(0.02, list.Single(p => p.Path == "trust.gain_rate").Prior.Sd);
        Assert.DoesNotContain(list, p => p.Path == "providers.complacency");
        Assert.Contains(list, p => p.Path == "trust.baseline");
    }

    [Fact]
    public void A_switched_off_mechanism_is_held_at_zero_rather_than_drawn()
    {
        var scenario = ScenarioLoader.LoadText("""{ "name": "u" }""", "u.jsonc", ["providers.complacency=0"]);
        Assert.DoesNotContain(UncertainParameters.Of(scenario), p => p.Path == "providers.complacency");
    }

    [Theory]
    [InlineData("""[ { "path": "trust.nonsense", "distribution": "gamma", "sd": 1 } ]""", "uncertainty[0].path")]
    [InlineData("""[ { "path": "trust.gain_rate", "distribution": "gamma" } ]""", "uncertainty[0].sd")]
    [InlineData("""[ { "path": "trust.gain_rate", "distribution": "normal", "sd": 1 } ]""", "distribution")]
    [InlineData("""[ { "path": "trust.gain_rate", "distribution": "gamma", "sd": 1 }, { "path": "trust.gain_rate", "distribution": "none" } ]""", "given twice")]
    [InlineData("""{ "path": "trust.gain_rate" }""", "expected a list")]
    public void A_bad_uncertainty_entry_is_named_with_its_file_and_line(string list, string expected)
    {
        var e = Assert.ThrowsAny<InputException>(() => ScenarioLoader.LoadText($$"""{ "name": "u",{{"\n"}}"uncertainty": {{list}} }""", "u.jsonc", []));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("u.jsonc:", e.Message, StringComparison.Ordinal);
    }
}
