namespace QuasiMarketSim.Model.Parameters;

/// <summary>Names of governance stances as written in scenario files.</summary>
public static class Governance
{
    /// <summary>snake_case names, indexed by <see cref="Inputs.Stance"/>.</summary>
    public static IReadOnlyList<string> StanceNames { get; } = ["agency", "stewardship", "resource_dependency", "stakeholder"];
}
