using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Parameters;

namespace QuasiMarketSim.Model.Specs;

/// <summary>The whole shape of a scenario: top-level fields, sections of parameters and lists.</summary>
public static class ScenarioSchema
{
    /// <summary>Top-level fields (name, seed, ticks, ...).</summary>
    public static IReadOnlyList<FieldSpec> TopLevel => RunFields.All;

    /// <summary>Sections of scalar parameters, in documentation order.</summary>
    public static IReadOnlyList<SectionSpec> Sections { get; } =
    [
        WorldParameters.Spec, CommissioningParameters.Spec, TrustParameters.Spec, InformationParameters.Spec,
        TransactionCostParameters.Spec, ProviderParameters.Spec, PatientParameters.Spec, StaffParameters.Spec,
        TenderingParameters.Spec, MarketParameters.Spec, ContractParameters.Spec, StanceParameters.Spec, EconomicsParameters.Spec,
    ];

    /// <summary>Lists of objects, in documentation order.</summary>
    public static IReadOnlyList<ListSpec> Lists { get; } = [ServiceLine.Spec, StaffCategory.Spec, ScheduledEvent.Spec, AreaOverride.Spec];

    /// <summary>Every section field, in documentation order.</summary>
    public static IEnumerable<FieldSpec> AllParameters => Sections.SelectMany(s => s.Fields);

    /// <summary>The section named <paramref name="name"/>, or null.</summary>
    public static SectionSpec? Section(string name) => Sections.FirstOrDefault(s => s.Name == name);

    /// <summary>The list named <paramref name="name"/>, or null.</summary>
    public static ListSpec? List(string name) => Lists.FirstOrDefault(l => l.Name == name);
}
