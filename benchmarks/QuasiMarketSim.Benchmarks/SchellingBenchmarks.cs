using BenchmarkDotNet.Attributes;
using QuasiMarketSim.Benchmarks.Schelling;

namespace QuasiMarketSim.Benchmarks;

/// <summary>
/// Schelling's segregation model at the two sizes of the ABMFrameworksComparison (JuliaDynamics), 20 steps each:
/// a yardstick for comparing this code base's data-oriented style with other agent-based frameworks.
/// </summary>
/// <remarks>
/// The comparison times model creation plus 20 steps (<see cref="WithSetup"/>); <see cref="StepsOnly"/> separates
/// the stepping. Both use the same seed on every invocation, so every invocation does the same work.
/// <see cref="StepsOnly"/> needs a fresh model per invocation, and one model per iteration would leave a single
/// invocation of well under a millisecond per measurement (dominated by timer and cache effects), so each iteration
/// is a fixed batch of <see cref="ModelsPerIteration"/> invocations on models built in the iteration setup.
/// </remarks>
[MemoryDiagnoser]
public class SchellingBenchmarks
{
    private const ulong Seed = 42;

    /// <summary>Invocations per iteration of <see cref="StepsOnly"/>, each on its own freshly built model.</summary>
    public const int ModelsPerIteration = 128;

    private readonly SchellingModel[] _models = new SchellingModel[ModelsPerIteration];
    private int _next;

    /// <summary>"small": 40x40, 1,000 agents, radius 1, at least 3 similar; "large": 100x100, 8,000 agents, radius 2, at least 8.</summary>
    [Params("small", "large")]
    public string Size { get; set; } = "small";

    /// <summary>
    /// Refuses to benchmark a model that fails its invariants, then runs the model for half a second so the JIT has
    /// promoted it to optimised code before <see cref="StepsOnly"/>'s short iterations start (a short job's three
    /// warm-up iterations of a few milliseconds are not enough on their own).
    /// </summary>
    [GlobalSetup]
    public void CheckAndWarmUp()
    {
        SchellingChecks.Verify();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < 500) SchellingModel.Create(Size, Seed).Run(SchellingChecks.Steps);
    }

    [IterationSetup(Target = nameof(StepsOnly))]
    public void BuildModels()
    {
        for (var i = 0; i < _models.Length; i++) _models[i] = SchellingModel.Create(Size, Seed);
        _next = 0;
    }

    /// <summary>Create the model and run 20 steps.</summary>
    [Benchmark]
    public int WithSetup()
    {
        var model = SchellingModel.Create(Size, Seed);
        model.Run(SchellingChecks.Steps);
        return model.Steps;
    }

    /// <summary>20 steps of a model created outside the timing.</summary>
    [Benchmark]
    [InvocationCount(ModelsPerIteration)]
    public int StepsOnly()
    {
        // Throws (index out of range) if BenchmarkDotNet ever invoked more often than the batch it was given.
        var model = _models[_next++];
        model.Run(SchellingChecks.Steps);
        return model.Steps;
    }
}
