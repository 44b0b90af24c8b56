using QuasiMarketSim.Core.Recording;

namespace QuasiMarketSim.Model.Tests;

/// <summary>A run is a pure function of (scenario, seed): bitwise identical on repeat and at any thread count.</summary>
public class SimulationDeterminismTests
{
    private static void AssertBitwiseEqual(MetricTable expected, MetricTable actual)
    {
        Assert.Equal(expected.Columns, actual.Columns);
        Assert.Equal(expected.Rows.Count, actual.Rows.Count);
        for (var r = 0; r < expected.Rows.Count; r++)
        {
            for (var m = 0; m < expected.Columns.Count; m++)
            {
                var e = BitConverter.DoubleToInt64Bits(expected.Rows[r][m]);
                var a = BitConverter.DoubleToInt64Bits(actual.Rows[r][m]);
                Assert.True(e == a, $"row {r}, {expected.Columns[m]}: {expected.Rows[r][m]:R} vs {actual.Rows[r][m]:R}");
            }
        }
    }

    /// <summary>A transactional world with events, so tenders, entries, exits and shocks all take part.</summary>
    private static ScenarioBuilder Busy(int practices = 6, int patients = 50) =>
        TestWorlds.Small(areas: 3, practices: practices, patients: patients, ticks: 48, warmup: 6)
            .Mix(0.2)
            .Stance("agency")
            .Event(4, "structural_reform", 0.5, 12, 0)
            .Event(8, "staff_shock", 0.3)
            .Event(12, "entrant_arrival", 0.5, 12, 1)
            .Event(20, "provider_failure", 0.5, 12, 2)
            .Event(25, "budget_squeeze", 0.2)
            .Event(30, "demand_growth", 0.1)
            .Event(35, "mandate_to_tender", 0.5, 12);

    [Fact]
    public void Same_input_and_seed_twice_give_identical_rows()
    {
        var input = Busy().Build();
        var a = TestWorlds.Create(input, seed: 77).Run();
        var b = TestWorlds.Create(input, seed: 77).Run();
        Assert.Equal(48, a.Rows.Count);
        AssertBitwiseEqual(a, b);
    }

    [Fact]
    public void Stepping_in_pieces_gives_the_same_rows_as_one_run()
    {
        var input = Busy().Build();
        var whole = TestWorlds.Create(input, seed: 8).Run();
        var pieces = TestWorlds.Create(input, seed: 8);
        pieces.Step(1);
        pieces.Step(10);
        pieces.Step(0);
        pieces.Step(20);
        var rest = pieces.Run();
        Assert.Equal(pieces.TotalTicks, pieces.TicksRun);
        AssertBitwiseEqual(whole, rest);
    }

    [Fact]
    public void One_two_and_four_threads_give_identical_rows()
    {
        // 3 areas x 40 practices x 3 lines = 360 cells: 12 parallel blocks of 32 cells.
        var input = Busy(practices: 40, patients: 30).Build();
        var one = TestWorlds.Create(input, seed: 21, threads: 1);
        Assert.Equal(360, one.World.Cells.Count);
        Assert.True(one.World.Cells.Count / Model.Rules.PatientRule.CellsPerBlock >= 8);
        var r1 = one.Run();
        var r2 = TestWorlds.Create(input, seed: 21, threads: 2).Run();
        var r4 = TestWorlds.Create(input, seed: 21, threads: 4).Run();
        AssertBitwiseEqual(r1, r2);
        AssertBitwiseEqual(r1, r4);
    }

    [Fact]
    public void Patient_state_is_identical_at_one_and_four_threads()
    {
        var input = Busy(practices: 40, patients: 30).Build();
        var one = TestWorlds.Create(input, seed: 5, threads: 1);
        var four = TestWorlds.Create(input, seed: 5, threads: 4);
        one.Step(20);
        four.Step(20);
        Assert.Equal(one.World.Patients.Severity, four.World.Patients.Severity);
        Assert.Equal(one.World.Cells.Admissions, four.World.Cells.Admissions);
        Assert.Equal(one.World.Cells.Unmet, four.World.Cells.Unmet);
    }

    [Fact]
    public void Different_seeds_give_different_rows()
    {
        var input = Busy().Build();
        var a = TestWorlds.Create(input, seed: 1).Run();
        var b = TestWorlds.Create(input, seed: 2).Run();
        var admissionsA = a.Column("unplanned_admissions");
        var admissionsB = b.Column("unplanned_admissions");
        Assert.NotEqual(admissionsA, admissionsB);
        var differing = Enumerable.Range(0, a.Rows.Count).Count(r => !a.Rows[r].SequenceEqual(b.Rows[r]));
        Assert.Equal(a.Rows.Count, differing);
    }

    [Fact]
    public void The_scenario_seed_is_used_when_no_seed_is_given()
    {
        var input = Busy().Top("seed", 31L).Build();
        Assert.Equal(31UL, input.Seed);
        var fromScenario = Simulation.Create(input).Run();
        var explicitSeed = Simulation.Create(input, 31).Run();
        var otherSeed = Simulation.Create(input, 32).Run();
        AssertBitwiseEqual(fromScenario, explicitSeed);
        Assert.NotEqual(fromScenario.Column("unplanned_admissions"), otherSeed.Column("unplanned_admissions"));
    }

    [Fact]
    public void Zero_threads_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Simulation.Create(TestWorlds.Small().Build(), 1, threads: 0));
    }
}
