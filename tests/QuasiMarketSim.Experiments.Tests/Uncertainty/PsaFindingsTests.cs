using QuasiMarketSim.Experiments.Uncertainty;
using QuasiMarketSim.Model.Specs;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Experiments.Tests.Uncertainty;

/// <summary>What the README and the ODD say a probabilistic comparison of transactional against baseline finds.</summary>
public class PsaFindingsTests
{
    private static PsaResult Compare(string dir, int sets) =>
        PsaExperiment.Execute(new PsaRequest(RepoPaths.Scenario("baseline"), [], RepoPaths.Scenario("transactional"), [], sets, 2, Threads: 2, OutputDirectory: dir));

    private static MetricUncertainty Of(PsaResult r, string name) => r.Metrics.Single(m => m.Metric.Name == name);

    [Fact]
    public void Transactional_costs_the_nhs_less_in_nearly_every_parameter_set_and_trust_falls()
    {
        using var dir = new TempFolder();
        var r = Compare(dir.Sub("p"), 24);
        Assert.True(Of(r, "nhs_cost").ProbabilityBetter >= 0.9, $"P(cheaper) {Of(r, "nhs_cost").ProbabilityBetter}");
        Assert.True(Of(r, "trust_mean").High < 0, "trust falls in every set but the extremes");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void At_200_sets_transactional_dominates_and_the_quality_lead_is_decided_by_challenge_and_complacency()
    {
        using var dir = new TempFolder();
        var r = Compare(dir.Sub("p"), 200);
        var ce = r.CostEffectiveness!;
        Assert.True(ce.MeanDeltaCost < 0 && ce.MeanDeltaQalys > 0, ce.Quadrant);
        Assert.True(ce.ProbabilityCostEffective(20_000) >= 0.95, $"P(cost-effective at 20k) {ce.ProbabilityCostEffective(20_000)}");
        Assert.True(Of(r, "quality_true_mean").ProbabilityBetter >= 0.9);
        // The quality interval reaches just below zero: some parameter sets give no lead at all.
        Assert.True(Of(r, "quality_true_mean").Low < 0.01);
        Assert.InRange(Of(r, "quality_true_mean").ProbabilityBetter, 0.9, 0.995);
        Assert.Equal(1.0, Of(r, "nhs_cost").ProbabilityBetter);
        Assert.True(Of(r, "provider_reserves").High < 0, "providers' reserves fall: part of the saving is a transfer");
        Assert.InRange(Of(r, "qalys").Mean / 14.4, 0.5, 3); // QALYs per 1,000 of the baseline's 14,400 patients
        foreach (var h in Model.Metrics.MetricCatalog.Headlines.Where(h => h.Name != "innovation_adoption"))
            Assert.True(Of(r, h.Name).ParameterShare > 0.5, $"{h.Name}: parameters' share {Of(r, h.Name).ParameterShare}");
        // Many times wider than the Monte Carlo interval of a 20-replication comparison at the default values.
        var mc = Experiments.Comparison.PairedComparison.Execute(new(RepoPaths.Scenario("baseline"), [], RepoPaths.Scenario("transactional"), [], 20, Threads: 2,
            OutputDirectory: dir.Sub("c"))).Differences.Single(d => d.Metric.Name == "quality_true_mean").Paired.HalfWidth;
        Assert.True((Of(r, "quality_true_mean").High - Of(r, "quality_true_mean").Low) / 2 > 5 * mc);
        var drivers = r.Drivers["quality_true_mean"].Select((v, j) => (Path: r.Design.Paths[j], Share: v)).OrderByDescending(x => x.Share).Take(3).Select(x => x.Path).ToList();
        Assert.Contains("providers.challenge_response", drivers);
        Assert.Contains("providers.complacency", drivers);
    }

    [Fact]
    public void The_odd_counts_the_uncertain_parameters_and_their_spreads_rightly()
    {
        var declared = ScenarioSchema.AllParameters.Where(f => f.Prior is not null).ToList();
        Assert.Equal(44, declared.Count); // docs/ODD.md section 8: "Forty-four ... parameters"
        var judgement = declared.Count(f => f.Prior!.Source == NumberAttribute.Judgement && f.Prior.Sd / (double)f.Default! is >= 0.2 and <= 0.4);
        Assert.True(judgement > declared.Count / 2, $"most spreads are judgement with a coefficient of variation of about a third; {judgement} of {declared.Count}");
    }
}
