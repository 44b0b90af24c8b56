using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>What the patients of one cell add up to in a tick: counts, and two sums kept in lane partials.</summary>
internal struct PatientTally
{
    public int Admissions, Unmet, HighRisk, HighRiskServed, LowRiskServed, Renewals;
    /// <summary>Severity after the update, and the admission hazard without care (expected admissions).</summary>
    public LaneSums Severity, Expected;
}

/// <summary>
/// A double sum kept as <see cref="Count"/> partial sums: patient j of a cell (counted from the cell's first patient)
/// adds to partial j % <see cref="Count"/>, and <see cref="Total"/> folds the partials in a fixed order.
/// </summary>
/// <remarks>
/// Floating-point addition is not associative, so a sum's bits depend on its order. This order is the one a 16-lane
/// vector loop gives naturally (one partial per lane), and the scalar loop follows it too, so the vector and the scalar
/// kernels give bit-identical sums, and a machine without AVX-512 writes the same outputs as one with it.
/// </remarks>
[InlineArray(Count)]
internal struct LaneSums
{
    /// <summary>Partial sums: one per lane of a 16-float (AVX-512) vector step.</summary>
    public const int Count = 16;

    private double _partial;

    /// <summary>
    /// The sum: partials folded in halves, the same for every kernel. In scalar terms: p[i] += p[i + 8] for i &lt; 8,
    /// then p[i] += p[i + 4] for i &lt; 4, then p[i] += p[i + 2], then p[0] + p[1]. Written with 256- and 128-bit
    /// vectors (the same additions, lane by lane) because it runs once per cell, and cells can be small.
    /// </summary>
    public readonly double Total()
    {
        ReadOnlySpan<double> p = this;
        var low = Vector256.Create(p[..4]) + Vector256.Create(p[8..12]); // i + 8 onto i, i = 0-3
        var high = Vector256.Create(p[4..8]) + Vector256.Create(p[12..]); // i + 8 onto i, i = 4-7
        var four = low + high; // i + 4 onto i
        var two = four.GetLower() + four.GetUpper(); // i + 2 onto i
        return two[0] + two[1];
    }
}
