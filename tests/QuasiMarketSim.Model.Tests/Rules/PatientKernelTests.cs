using QuasiMarketSim.Model.Rules;

namespace QuasiMarketSim.Model.Tests.Rules;

/// <summary>The patient kernels' building blocks.</summary>
public class PatientKernelTests
{
    [Fact]
    public void Lane_sums_fold_in_halves_which_is_not_the_sequential_order()
    {
        // 1 + 2^-53 rounds back to 1 (a tie, to even) but 2^-53 + 2^-53 is exact, so the order shows in the bits.
        var half = Math.Pow(2, -53);
        var sums = new LaneSums();
        sums[0] = 1;
        sums[4] = half;
        sums[8] = half;
        sums[12] = half;
        double sequential = 0;
        for (var i = 0; i < LaneSums.Count; i++) sequential += sums[i];
        Assert.Equal(1.0, sequential);
        // Folded: p0 + p8 rounds to 1, p4 + p12 = 2^-52 exactly, and 1 + 2^-52 is a double.
        Assert.Equal(1.0 + 2 * half, sums.Total());
    }
}
