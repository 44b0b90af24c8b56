using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>Top-level scenario fields: identity, horizon and seed.</summary>
public static class RunFields
{
    /// <summary>The "name" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec Name = FieldSpec.Identifier("name", "unnamed", "Short name of the scenario, used in output folder names.");
    /// <summary>The "description" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec Description = FieldSpec.Text("description", "", "The what-if question the scenario asks.");
    /// <summary>The "extends" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec Extends = FieldSpec.Text("extends", null, "Path (relative to this file) of a base scenario whose values this one overrides.") with { Optional = true };
    /// <summary>The "$schema" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec Schema = FieldSpec.Text("$schema", null, "Path of the JSON Schema, for editors; ignored by the simulator.") with { Optional = true };
    /// <summary>The "seed" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec Seed = FieldSpec.Integer("seed", 1, "-", 0, long.MaxValue, "Master seed of every random stream.", "Reproducibility: same seed, same results.");
    /// <summary>The "ticks" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec Ticks = FieldSpec.Integer("ticks", 120, "months", 1, 6000, "Months simulated and recorded after the warm-up.", "MODEL-BRIEF: default horizon 10 years.");
    /// <summary>The "warmup" field: its meaning, unit, range and source are in this declaration.</summary>
    public static readonly FieldSpec Warmup = FieldSpec.Integer("warmup", 12, "months", 0, 600, "Months run before recording starts, so beliefs and staffing settle from their initial values.",
        "Rationale: one commissioning cycle.");

    /// <summary>All top-level fields, in file order.</summary>
    public static IReadOnlyList<FieldSpec> All { get; } = [Schema, Name, Description, Extends, Seed, Ticks, Warmup];
}
