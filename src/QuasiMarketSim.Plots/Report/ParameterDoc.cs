namespace QuasiMarketSim.Plots.Report;

/// <summary>What the report says about a parameter, supplied by the caller (the plots never read the model).</summary>
/// <param name="Default">Default value as text.</param>
/// <param name="Unit">Unit.</param>
/// <param name="Meaning">What it controls.</param>
/// <param name="Source">Evidence or rationale.</param>
public sealed record ParameterDoc(string Default, string Unit, string Meaning, string Source);
