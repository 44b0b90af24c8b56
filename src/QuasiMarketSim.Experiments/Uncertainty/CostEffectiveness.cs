namespace QuasiMarketSim.Experiments.Uncertainty;

/// <summary>One point of a cost-effectiveness acceptability curve.</summary>
/// <param name="Threshold">Willingness to pay per QALY (GBP).</param>
/// <param name="Probability">Share of parameter sets in which B has the higher net monetary benefit.</param>
public sealed record AcceptabilityPoint(double Threshold, double Probability);

/// <summary>
/// B against A as a health-economic evaluation reads it (NICE reference case): incremental discounted costs and
/// QALYs per parameter set, the incremental cost-effectiveness ratio, incremental net monetary benefit
/// INMB = threshold x dQALYs - dCost, and the acceptability curve P(INMB &gt; 0) by threshold (Fenwick, Claxton and
/// Sculpher 2001).
/// </summary>
/// <param name="DeltaCost">Per parameter set, mean incremental cost B - A (GBP, discounted).</param>
/// <param name="DeltaQalys">Per parameter set, mean incremental QALYs B - A (discounted).</param>
public sealed record CostEffectiveness(IReadOnlyList<double> DeltaCost, IReadOnlyList<double> DeltaQalys)
{
    /// <summary>NICE's range of thresholds, GBP per QALY (NICE 2022 manual, 6.3.2: GBP 20,000 to 30,000).</summary>
    public static IReadOnlyList<double> NiceThresholds { get; } = [20_000, 30_000];

    /// <summary>Mean incremental cost.</summary>
    public double MeanDeltaCost => DeltaCost.Average();

    /// <summary>Mean incremental QALYs.</summary>
    public double MeanDeltaQalys => DeltaQalys.Average();

    /// <summary>Incremental cost-effectiveness ratio of the means, GBP per QALY (its sign needs <see cref="Quadrant"/> to read).</summary>
    public double Icer => MeanDeltaCost / MeanDeltaQalys;

    /// <summary>Where the mean lies on the cost-effectiveness plane, in words.</summary>
    public string Quadrant => (MeanDeltaCost <= 0, MeanDeltaQalys >= 0) switch
    {
        (true, true) => "B dominates: cheaper and more QALYs",
        (false, false) => "B is dominated: dearer and fewer QALYs",
        (false, true) => "B costs more and gains QALYs",
        (true, false) => "B saves money and loses QALYs",
    };

    /// <summary>Per set, incremental net monetary benefit at <paramref name="threshold"/>.</summary>
    public double[] NetBenefit(double threshold) => [.. DeltaCost.Select((c, i) => threshold * DeltaQalys[i] - c)];

    /// <summary>Share of sets in which B is cost-effective at <paramref name="threshold"/> (INMB &gt; 0).</summary>
    public double ProbabilityCostEffective(double threshold) => NetBenefit(threshold).Count(x => x > 0) / (double)DeltaCost.Count;

    /// <summary>The acceptability curve from 0 to <paramref name="maxThreshold"/> in steps of <paramref name="step"/>.</summary>
    public IReadOnlyList<AcceptabilityPoint> Acceptability(double maxThreshold = 100_000, double step = 1_000) =>
        [.. Enumerable.Range(0, (int)(maxThreshold / step) + 1).Select(i => new AcceptabilityPoint(i * step, ProbabilityCostEffective(i * step)))];
}
