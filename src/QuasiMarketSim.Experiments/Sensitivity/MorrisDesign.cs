using QuasiMarketSim.Core.Random;

namespace QuasiMarketSim.Experiments.Sensitivity;

/// <summary>
/// A Morris elementary-effects screening design (Morris 1991, "Factorial sampling plans for preliminary computational
/// experiments", Technometrics 33, 161-174): r random one-at-a-time trajectories through a p-level grid of the unit
/// cube [0, 1]^k. Each trajectory has k + 1 points; consecutive points differ in exactly one factor, by +delta or
/// -delta, and each factor moves exactly once per trajectory. Evaluate the model at every row of
/// <see cref="Points"/> (mapping coordinates to parameters with <see cref="Designs.ParameterRange.Scale(double)"/>)
/// and pass the outputs, in row order, to <see cref="MorrisAnalysis"/>.
/// </summary>
public sealed class MorrisDesign
{
    /// <summary>The random stream id of trajectory construction (one counter stream per trajectory).</summary>
    private const ulong Stream = 0x404_2215;

    private MorrisDesign(int factors, int trajectories, int levels, ulong seed, double[][] points, int[] changedFactor)
    {
        Factors = factors;
        Trajectories = trajectories;
        Levels = levels;
        Seed = seed;
        Points = points;
        ChangedFactor = changedFactor;
    }

    /// <summary>The number of factors k.</summary>
    public int Factors { get; }

    /// <summary>The number of trajectories r.</summary>
    public int Trajectories { get; }

    /// <summary>The number of grid levels p per factor: coordinates are multiples of 1/(p - 1).</summary>
    public int Levels { get; }

    /// <summary>The seed the design was generated from (also the default bootstrap seed of <see cref="MorrisAnalysis"/>).</summary>
    public ulong Seed { get; }

    /// <summary>
    /// The step, in unit-cube coordinates: delta = p / (2 (p - 1)) (Morris 1991's recommended choice for even p),
    /// e.g. 2/3 for p = 4.
    /// </summary>
    public double Delta => Levels / (2.0 * (Levels - 1));

    /// <summary>Points per trajectory, k + 1.</summary>
    public int PointsPerTrajectory => Factors + 1;

    /// <summary>
    /// All r (k + 1) design points in [0, 1]^k, as <c>Points[row][factor]</c>; trajectory t occupies rows
    /// t (k + 1) .. t (k + 1) + k, in the order they are traversed.
    /// </summary>
    public double[][] Points { get; }

    /// <summary>
    /// The factor that moves between rows t (k + 1) + s and t (k + 1) + s + 1, at index t k + s (s = 0..k-1).
    /// </summary>
    public int[] ChangedFactor { get; }

    /// <summary>The row index of step <paramref name="step"/> (0..k) of trajectory <paramref name="trajectory"/>.</summary>
    public int Row(int trajectory, int step) => trajectory * PointsPerTrajectory + step;

    /// <summary>
    /// Generates <paramref name="trajectories"/> trajectories for <paramref name="factors"/> factors on a
    /// <paramref name="levels"/>-level grid. Algorithm (Morris 1991; Saltelli et al. 2008, "Global Sensitivity
    /// Analysis: The Primer", sec. 3.3, the B* = (J x* + (delta/2)((2B - J) D* + J)) P* construction), for each
    /// trajectory: a random base point x* with each coordinate uniform on {0, 1/(p-1), ..., 1 - delta} (so x* + delta
    /// stays in the cube), a random direction +1 or -1 per factor, and a random order of factors. The walk starts at
    /// x*_i for factors moving up and at x*_i + delta for factors moving down, then moves the factors one at a time in
    /// the random order. Trajectory t draws from <see cref="RandomStream"/>(seed, stream, t, 0); the design is a pure
    /// function of the arguments. Trajectories are plain random ones, not the spread-optimised selection of
    /// Campolongo, Cariboni and Saltelli (2007).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Fewer than 1 factor or trajectory, or <paramref name="levels"/> not an even number of at least 2.
    /// </exception>
    public static MorrisDesign Generate(int factors, int trajectories, int levels, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 1);
        if (levels < 2 || levels % 2 != 0)
            throw new ArgumentOutOfRangeException(nameof(levels), levels, "levels must be even and at least 2 (delta = p / (2 (p - 1)) must be a whole number of grid steps)");
        var half = levels / 2; // delta in grid steps
        var points = new double[trajectories * (factors + 1)][];
        var changed = new int[trajectories * factors];
        var level = new int[factors];
        var direction = new int[factors];
        var order = new int[factors];
        for (var t = 0; t < trajectories; t++)
        {
            var rng = new RandomStream(seed, Stream, (ulong)t, 0);
            for (var i = 0; i < factors; i++)
            {
                var baseLevel = rng.NextInt(half);
                direction[i] = rng.NextInt(2) == 0 ? 1 : -1;
                level[i] = direction[i] > 0 ? baseLevel : baseLevel + half;
                order[i] = i;
            }
            for (var i = factors - 1; i > 0; i--)
            {
                var j = rng.NextInt(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }
            var row = t * (factors + 1);
            points[row] = ToUnit(level, levels);
            for (var s = 0; s < factors; s++)
            {
                var f = order[s];
                level[f] += direction[f] * half;
                points[row + s + 1] = ToUnit(level, levels);
                changed[t * factors + s] = f;
            }
        }
        return new MorrisDesign(factors, trajectories, levels, seed, points, changed);
    }

    private static double[] ToUnit(int[] level, int levels)
    {
        var x = new double[level.Length];
        for (var i = 0; i < x.Length; i++) x[i] = level[i] / (double)(levels - 1);
        return x;
    }
}
