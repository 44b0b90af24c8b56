using QuasiMarketSim.Core.Engine;

namespace QuasiMarketSim.Core.Tests.Engine;

public class TickLoopTests
{
    private sealed class RecordingPhase(string name) : IPhase<List<string>>
    {
        public string Name => name;
        public void Run(List<string> world, int tick) => world.Add($"{name}{tick}");
    }

    private static readonly IReadOnlyList<IPhase<List<string>>> Phases = [new RecordingPhase("a"), new RecordingPhase("b"), new RecordingPhase("c")];

    [Fact]
    public void Runs_every_phase_in_order_then_the_observer_for_each_tick()
    {
        var log = new List<string>();
        TickLoop.Run(log, Phases, firstTick: 5, ticks: 3, afterTick: t => log.Add($"after{t}"));
        Assert.Equal(
            ["a5", "b5", "c5", "after5", "a6", "b6", "c6", "after6", "a7", "b7", "c7", "after7"],
            log);
    }

    [Fact]
    public void Zero_ticks_run_nothing()
    {
        var log = new List<string>();
        TickLoop.Run(log, Phases, firstTick: 0, ticks: 0, afterTick: t => log.Add($"after{t}"));
        Assert.Empty(log);
    }

    [Fact]
    public void The_observer_is_optional()
    {
        var log = new List<string>();
        TickLoop.Run(log, Phases, firstTick: 0, ticks: 2);
        Assert.Equal(["a0", "b0", "c0", "a1", "b1", "c1"], log);
    }

    [Fact]
    public void An_exception_in_the_observer_stops_the_loop_after_that_tick()
    {
        var log = new List<string>();
        Assert.Throws<OperationCanceledException>(() =>
            TickLoop.Run(log, Phases, 0, 10, t => { if (t == 1) throw new OperationCanceledException(); }));
        Assert.Equal(["a0", "b0", "c0", "a1", "b1", "c1"], log);
    }
}
