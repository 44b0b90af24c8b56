using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.World;

/// <summary>
/// The memory estimate the validator refuses worlds by must bound what building a world really allocates, without
/// overstating it so much that runnable worlds are refused: checked for worlds dominated by each kind of store.
/// </summary>
public class WorldSizeTests
{
    public static TheoryData<string, int, int, int, int> Shapes => new()
    {
        { "patients", 2, 20, 20_000, 1 },
        { "cells (many practices, few patients)", 40, 2_000, 1, 1 },
        { "contracts (many lots)", 400, 200, 1, 200 },
        { "providers (many areas)", 4_000, 10, 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_estimate_bounds_what_a_world_allocates_within_a_factor_of_two(string shape, int areas, int practices, int patients, int lots)
    {
        var input = TestWorlds.Small(areas, practices, patients, ticks: 120).Set("world", "lots_per_line", (long)lots).Build();
        var estimate = WorldSize.Of(input).EstimatedBytes;
        var perElements = estimate - (64L << 20); // without the fixed allowance for the program itself
        using (TestWorlds.Create(TestWorlds.Small().Build())) { } // code paths compiled, so only the world is counted
        var before = GC.GetAllocatedBytesForCurrentThread();
        using (TestWorlds.Create(input)) { }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(estimate >= allocated, $"{shape}: estimate {estimate:N0} bytes is below the {allocated:N0} allocated");
        Assert.True(perElements <= 2 * allocated, $"{shape}: estimate {perElements:N0} bytes (without the fixed allowance) is over twice the {allocated:N0} allocated");
    }

    [Fact]
    public void Counts_are_exact_and_do_not_overflow()
    {
        var input = TestWorlds.Small(areas: 5000, practices: 10000, patients: 1000).Build();
        var size = WorldSize.Of(input);
        Assert.Equal(50_000_000_000L, size.Patients);
        Assert.Equal(150_000_000L, size.Cells);
        Assert.Equal(15_000L, size.Contracts);
        Assert.Equal(5000L * (10000 + 1 + 1 + 1 + 0 + 1 + 3), size.Providers);
        Assert.Equal(("patients", 50_000_000_000L), size.Oversized);
    }
}
