namespace QuasiMarketSim.Model.Specs;

/// <summary>
/// A typed parameter section: a class whose properties are declared with <see cref="ParameterAttribute"/>s and bound
/// from a scenario's values (see <see cref="SectionBinder"/>). Each rule takes the sections it reads.
/// </summary>
public interface IParameterSection
{
    /// <summary>The section's specification, generated from its declared properties.</summary>
    static abstract SectionSpec Spec { get; }
}
