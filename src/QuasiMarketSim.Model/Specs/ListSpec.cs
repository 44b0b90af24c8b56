namespace QuasiMarketSim.Model.Specs;

/// <summary>
/// A scenario array of objects, such as "service_lines". Elements with a <see cref="KeyField"/> are
/// identified by it: an extending scenario or <c>--set</c> overrides the element with the same key.
/// </summary>
/// <param name="Name">The list's key in a scenario file.</param>
/// <param name="Meaning">What an element represents.</param>
/// <param name="Fields">The fields of one element.</param>
/// <param name="KeyField">The field that names an element (null when elements are anonymous, as events are).</param>
/// <param name="Defaults">The elements used when a scenario gives none (each a map of field name to value).</param>
public sealed record ListSpec(
    string Name,
    string Meaning,
    IReadOnlyList<FieldSpec> Fields,
    string? KeyField,
    IReadOnlyList<IReadOnlyDictionary<string, object>> Defaults)
{
    /// <summary>
    /// True when the resolved scenario leaves the list out while it is empty, so that adding the list kept the resolved
    /// form (and hash) of every scenario written before it, and their manifests still replay.
    /// </summary>
    public bool OmittedWhenEmpty { get; init; }
}
