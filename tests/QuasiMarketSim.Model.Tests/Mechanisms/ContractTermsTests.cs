using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Parameters;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Tests.Mechanisms;

public class ContractTermsTests
{
    private static readonly ContractParameters Terms = ScenarioInput.Defaults().Section<ContractParameters>();

    [Theory]
    [InlineData(0.5, 0.5, Stance.Agency, ContractForm.Activity)]
    [InlineData(0.9, 0.8, Stance.Stakeholder, ContractForm.Activity)]
    [InlineData(0.5, 0.49, Stance.Agency, ContractForm.Outcome)]
    [InlineData(1.0, 0.0, Stance.Stakeholder, ContractForm.Outcome)]
    [InlineData(0.49, 0.9, Stance.Agency, ContractForm.Block)]
    [InlineData(0.0, 0.0, Stance.Stewardship, ContractForm.Block)]
    [InlineData(0.3, 0.3, Stance.ResourceDependency, ContractForm.Block)]
    [InlineData(0.49, 0.9, Stance.Stakeholder, ContractForm.Alliance)]
    [InlineData(0.0, 0.0, Stance.Stakeholder, ContractForm.Alliance)]
    public void Form_follows_financial_incentives_parcelability_and_stance(double incentives, double parcelability, Stance stance, ContractForm expected)
    {
        Assert.Equal(expected, ContractTerms.Form(Terms, incentives, parcelability, stance));
    }

    [Theory]
    [InlineData(0.0, 1.0, 0.2)]
    [InlineData(1.0, 0.0, 0.4)]
    [InlineData(1.0, 1.0, 0.9)]
    [InlineData(0.5, 0.35, 0.55)]
    [InlineData(0.9, 0.35, 0.61)]
    [InlineData(0.26, 0.35, 0.382)]
    public void Completeness_is_juridical_capped_by_parcelability(double juridical, double parcelability, double expected)
    {
        Assert.Equal(expected, ContractTerms.Completeness(Terms, juridical, parcelability), 12);
    }

    [Fact]
    public void Incentive_and_cream_skimming_strengths_by_form()
    {
        Assert.Equal(0.3, Terms.IncentiveStrength(ContractForm.Block));
        Assert.Equal(0.6, Terms.IncentiveStrength(ContractForm.Alliance));
        Assert.Equal(1.0, Terms.IncentiveStrength(ContractForm.Activity));
        Assert.Equal(1.0, Terms.IncentiveStrength(ContractForm.Outcome));
        Assert.Equal(1.0, Terms.CreamSkimIncentive(ContractForm.Activity));
        Assert.Equal(0.4, Terms.CreamSkimIncentive(ContractForm.Outcome));
        Assert.Equal(0.0, Terms.CreamSkimIncentive(ContractForm.Block));
        Assert.Equal(0.0, Terms.CreamSkimIncentive(ContractForm.Alliance));
    }

    [Theory]
    [InlineData(0.8, "stewardship", ContractForm.Block, 36)]
    [InlineData(0.8, "stakeholder", ContractForm.Alliance, 54)]
    [InlineData(0.1, "agency", ContractForm.Outcome, 36)]
    public void Initial_contracts_are_written_from_the_repertoire(double mix, string stance, ContractForm form, int length)
    {
        var w = TestWorlds.Create(TestWorlds.Small().Mix(mix).Stance(stance).Build()).World;
        var k = w.Contracts;
        var juridical = 0.1 + 0.8 * (1 - mix);
        for (var c = 0; c < k.Count; c++)
        {
            // Default lines have parcelability 0.35, 0.3 and 0.4: all below 0.5.
            Assert.Equal(form, k.Form[c]);
            Assert.Equal(length, k.Length[c]);
            Assert.InRange(k.Age[c], 0, length - 1);
            Assert.Equal(ContractTerms.Completeness(Terms, juridical, w.Lines[k.Line[c]].Parcelability), k.Completeness[c], 15);
        }
    }

    [Fact]
    public void A_parcelable_line_under_incentives_gets_an_activity_contract_and_a_fuller_specification()
    {
        Dictionary<string, object> Line(string name, double parcelability) => new()
        {
            ["name"] = name, ["parcelability"] = parcelability, ["complexity"] = 0.5, ["staff_category"] = "diabetes_nurses",
            ["patient_share"] = 1.0, ["patients_per_staff"] = 250.0, ["tariff"] = 30.0, ["incumbent"] = "community_trust",
        };
        var input = TestWorlds.Small().Mix(0.1).List("service_lines", Line("parcelable", 0.8), Line("pathway", 0.2)).Build();
        var w = TestWorlds.Create(input).World;
        var k = w.Contracts;
        Assert.Equal(2 * 2, k.Count);
        for (var c = 0; c < k.Count; c++)
        {
            var parcelable = w.Lines[k.Line[c]].Name == "parcelable";
            Assert.Equal(parcelable ? ContractForm.Activity : ContractForm.Outcome, k.Form[c]);
            // Juridical governance 0.82: 0.774, capped at 0.4 + 0.6 x 0.2 = 0.52 for the pathway.
            Assert.Equal(parcelable ? 0.774 : 0.52, k.Completeness[c], 12);
        }
        Assert.Equal(["parcelable", "pathway"], w.Lines.Select(l => l.Name));
        Assert.Equal(MetricsColumns(w), w.Lines.Count);
    }

    private static int MetricsColumns(QuasiMarket w) => new Model.Metrics.MetricsRecorder(w).Metrics.Count(m => m.Name.StartsWith("parcelability_", StringComparison.Ordinal));

    [Fact]
    public void Write_resets_age_and_specification_cost_matches_its_equation()
    {
        var w = TestWorlds.Create(TestWorlds.Small().Build()).World;
        var k = w.Contracts;
        k.Age[1] = 30;
        ContractTerms.Write(w, 1);
        Assert.Equal(0, k.Age[1]);
        var s = k.Completeness[1];
        var parcel = w.Lines[k.Line[1]].Parcelability;
        Assert.Equal(0.08 * s * s / parcel * 12 * k.MonthlyValue(1), ContractTerms.SpecificationCost(w, 1), 9);
    }
}
