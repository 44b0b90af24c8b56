using System.Runtime.CompilerServices;

namespace QuasiMarketSim.Model.Rules;

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

    /// <summary>The sum: partials folded in halves (i + 8 onto i, then i + 4 onto i, ...), the same for every kernel.</summary>
    public readonly double Total()
    {
        var p = this;
        for (var width = Count / 2; width >= 1; width /= 2)
        {
            for (var i = 0; i < width; i++) p[i] += p[i + width];
        }
        return p[0];
    }
}
