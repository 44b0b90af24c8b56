namespace QuasiMarketSim.Explorer;

/// <summary>What a tab asks for when it presses Setup.</summary>
/// <param name="Scenario">A shipped scenario's name.</param>
/// <param name="Seed">Master seed; the scenario's when null.</param>
/// <param name="Overrides">The levers moved, as --set path=value.</param>
/// <param name="TwinOverrides">
/// Side by side: the levers the second world changes on top of <paramref name="Overrides"/>, with the same seed (common
/// random numbers); null for one world.
/// </param>
public sealed record WorldRequest(string Scenario, long? Seed, IReadOnlyList<string> Overrides, IReadOnlyList<string>? TwinOverrides);
