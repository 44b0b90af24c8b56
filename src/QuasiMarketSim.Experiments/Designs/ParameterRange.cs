namespace QuasiMarketSim.Experiments.Designs;

/// <summary>
/// One factor of a design and the range it is varied over. Designs are built in the unit cube [0, 1)^k and mapped
/// to parameter values with <see cref="Scale(double)"/>, so every factor is sampled uniformly over its range.
/// </summary>
/// <param name="Path">
/// The parameter's scenario override path, as accepted by <c>path=value</c> overrides (for example
/// <c>trust.sensitivity</c> or <c>service_lines.diabetes.parcelability</c>).
/// </param>
/// <param name="Min">The value at unit coordinate 0, in the parameter's own units.</param>
/// <param name="Max">The value at unit coordinate 1, in the parameter's own units (may equal or be below <paramref name="Min"/>).</param>
public sealed record ParameterRange(string Path, double Min, double Max)
{
    /// <summary>The width of the range, <c>Max - Min</c>, in the parameter's units.</summary>
    public double Width => Max - Min;

    /// <summary>
    /// The parameter value at unit coordinate <paramref name="u"/>: the affine map <c>Min + u (Max - Min)</c>. Any
    /// <paramref name="u"/> is accepted (no clamping), so 0 gives Min and 1 gives Max.
    /// </summary>
    public double Scale(double u) => Min + u * (Max - Min);

    /// <summary>
    /// The unit coordinate of parameter value <paramref name="value"/>, the inverse of <see cref="Scale(double)"/>:
    /// <c>(value - Min) / (Max - Min)</c>. NaN or infinite when the range has zero width.
    /// </summary>
    public double Unscale(double value) => (value - Min) / (Max - Min);

    /// <summary>
    /// Maps one unit-cube point to parameter values: element i is <c>ranges[i].Scale(unitPoint[i])</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The point and the ranges differ in length.</exception>
    public static double[] Scale(IReadOnlyList<ParameterRange> ranges, IReadOnlyList<double> unitPoint)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentNullException.ThrowIfNull(unitPoint);
        if (ranges.Count != unitPoint.Count)
            throw new ArgumentException($"point has {unitPoint.Count} coordinates but there are {ranges.Count} ranges", nameof(unitPoint));
        var values = new double[ranges.Count];
        for (var i = 0; i < values.Length; i++) values[i] = ranges[i].Scale(unitPoint[i]);
        return values;
    }
}
