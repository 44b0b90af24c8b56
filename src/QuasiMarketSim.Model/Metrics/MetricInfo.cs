namespace QuasiMarketSim.Model.Metrics;

/// <summary>What a metric is: a level (a state, averaged over a run), a flow (an amount per month, totalled over a run) or a share (a level bounded by 0 and 1).</summary>
public enum MetricKind
{
    /// <summary>A state at the end of the month (averaged over a run).</summary>
    Level,
    /// <summary>An amount per month (totalled over a run).</summary>
    Flow,
    /// <summary>A level between 0 and 1 (averaged over a run; shown as a percentage).</summary>
    Share,
}

/// <summary>One output column: its name, human label, unit, kind, concern and meaning.</summary>
/// <param name="Name">snake_case column name in ticks.csv.</param>
/// <param name="Label">Words for people: console, figures, report and comparison sentences.</param>
/// <param name="Unit">Unit of measure.</param>
/// <param name="Kind">Level, flow or share.</param>
/// <param name="Group">The concern it belongs to (trust, costs, market, staff, care, conditions, finance).</param>
/// <param name="Meaning">What it measures, in one sentence.</param>
public sealed record MetricInfo(string Name, string Label, string Unit, MetricKind Kind, string Group, string Meaning)
{
    /// <summary>True for per-month counts and amounts, which sum over a run; false for levels and shares, which average.</summary>
    public bool IsFlow => Kind == MetricKind.Flow;

    /// <summary>True for shares and 0-1 indices: values lie between 0 and 1, and so must their intervals.</summary>
    public bool IsBounded => Kind == MetricKind.Share || Unit == "0-1";

    /// <summary>
    /// Which way is better for patients and the public purse (+1 higher, -1 lower, 0 not a judgement the model makes):
    /// what "the probability that B beats A" counts.
    /// </summary>
    public int Better { get; init; }
}
