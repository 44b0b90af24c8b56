using QuasiMarketSim.Experiments.Uncertainty;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.Tests.Uncertainty;

public class PsaDesignPosteriorTests
{
    private static IReadOnlyList<UncertainParameter> GainRate(params string[] overrides) =>
        [.. UncertainParameters.Of(ScenarioLoader.Load(RepoPaths.Scenario("baseline"), overrides)).Where(p => p.Path == "trust.gain_rate")];

    private static Posterior Sample(TempFolder dir, bool withCalibration)
    {
        // A posterior of trust.gain_rate calibrated in the baseline, where it is 0.03: the sample's mean is 0.03667.
        File.WriteAllText(dir.Sub("posterior.csv"), "sample,trust.gain_rate\n4,0.02\n9,0.04\n17,0.05\n");
        if (withCalibration) File.WriteAllText(dir.Sub("parameters.csv"), "parameter,scenario_value,distribution\ntrust.gain_rate,0.03,gamma\n");
        return Posterior.Read(dir.Sub("posterior.csv"));
    }

    [Fact]
    public void The_calibrated_scenario_draws_the_posterior_as_it_is_and_another_value_shifts_it_by_the_difference()
    {
        using var dir = new TempFolder();
        var posterior = Sample(dir, withCalibration: true);
        Assert.Equal(0.03, posterior.CalibratedAt("trust.gain_rate"));
        var design = new PsaDesign([GainRate(), GainRate("trust.gain_rate=0.04")], 3, 1, posterior);
        Assert.Equal([0.02, 0.04, 0.05], Enumerable.Range(0, 3).Select(s => design.Values(0, s)["trust.gain_rate"]));
        Assert.Equal([0.03, 0.05, 0.06], Enumerable.Range(0, 3).Select(s => Math.Round(design.Values(1, s)["trust.gain_rate"], 12)));
    }

    [Fact]
    public void Without_the_calibration_record_the_sample_is_centred_on_the_arm_value()
    {
        using var dir = new TempFolder();
        var posterior = Sample(dir, withCalibration: false);
        Assert.Null(posterior.CalibratedAt("trust.gain_rate"));
        var design = new PsaDesign([GainRate()], 3, 1, posterior);
        Assert.Equal(0.03, Enumerable.Range(0, 3).Average(s => design.Values(0, s)["trust.gain_rate"]), 12);
    }
}
