namespace QuasiMarketSim.Model.Metrics;

/// <summary>
/// A metric reported per area: the overall metric's identity (the same name, label, unit and kind as its column in
/// ticks.csv) computed from one area's counts, and how the areas' values recombine into the overall one.
/// </summary>
/// <param name="Info">Name, label, unit, kind, concern and meaning.</param>
/// <param name="Recombines">How the areas' values give the overall metric, in words (for docs/outputs.md).</param>
/// <param name="Read">The month's value of area <c>a</c> from the tally.</param>
internal sealed record AreaProbe(MetricInfo Info, string Recombines, Func<AreaTally, int, double> Read);
