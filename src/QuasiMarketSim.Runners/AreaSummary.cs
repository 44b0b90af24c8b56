using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Runners;

/// <summary>One area's whole-run aggregates of the per-area metrics (<see cref="AreaCatalog"/>).</summary>
/// <param name="Area">The area's index (0-based).</param>
/// <param name="Name">The name its scenario "areas" element gives it, or "" when none sets it.</param>
/// <param name="Metrics">Per metric, its aggregates, in <see cref="AreaCatalog.Metrics"/> order.</param>
public sealed record AreaSummary(int Area, string Name, IReadOnlyList<(MetricInfo Metric, MetricSummary Summary)> Metrics);
