namespace QuasiMarketSim.Model.Metrics;

/// <summary>
/// A metric and how it is computed: one small function of the month's tally. Probes are made once per run; reading
/// one is a delegate call per month, never per agent.
/// </summary>
/// <param name="Info">Name, label, unit, kind, concern and meaning.</param>
/// <param name="Read">The month's value from the tally.</param>
internal sealed record Probe(MetricInfo Info, Func<MetricTally, double> Read)
{
    /// <summary>This probe, with higher values better.</summary>
    public Probe HigherIsBetter() => this with { Info = Info with { Better = 1 } };

    /// <summary>This probe, with lower values better.</summary>
    public Probe LowerIsBetter() => this with { Info = Info with { Better = -1 } };

    public static Probe Level(string name, string label, string unit, string group, string meaning, Func<MetricTally, double> read) =>
        new(new(name, label, unit, MetricKind.Level, group, meaning), read);

    public static Probe Flow(string name, string label, string unit, string group, string meaning, Func<MetricTally, double> read) =>
        new(new(name, label, unit, MetricKind.Flow, group, meaning), read);

    /// <summary>A share of a whole (vacancies, patients not seen, spend), 0-1, shown as a percentage.</summary>
    public static Probe Share(string name, string label, string group, string meaning, Func<MetricTally, double> read) =>
        new(new(name, label, "share", MetricKind.Share, group, meaning), read);

    /// <summary>An index on a 0-1 scale that is not a share of anything (trust, quality, concentration).</summary>
    public static Probe Index(string name, string label, string group, string meaning, Func<MetricTally, double> read) =>
        new(new(name, label, "0-1", MetricKind.Level, group, meaning), read);
}
