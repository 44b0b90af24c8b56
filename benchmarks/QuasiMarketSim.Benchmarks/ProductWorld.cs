using QuasiMarketSim.Model;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Benchmarks;

/// <summary>Product worlds of a given size for the benchmarks (the world of <see cref="TickBenchmarks"/>).</summary>
internal static class ProductWorld
{
    /// <summary>Areas in the benchmark world.</summary>
    public const int Commissioners = 300;

    /// <summary>GP practices per area.</summary>
    public const int PracticesPerCommissioner = 22;

    /// <summary>
    /// A single-threaded simulation with about <paramref name="patients"/> patients (300 areas x 22 practices, the
    /// patients per practice rounded), advanced two ticks so contracts, staffing and quality are in motion.
    /// </summary>
    public static Simulation Create(int patients, ulong seed = 1)
    {
        var perPractice = Math.Max(1, (int)Math.Round((double)patients / (Commissioners * PracticesPerCommissioner)));
        var world = new Dictionary<string, object?>
        {
            ["commissioners"] = (long)Commissioners, ["commissioners_per_region"] = 30L, ["practices_per_commissioner"] = (long)PracticesPerCommissioner,
            ["patients_per_practice"] = (long)perPractice, ["private_firms"] = 2L, ["voluntary_orgs"] = 2L, ["lots_per_line"] = 2L,
        };
        var input = new ScenarioInput(
            new ElementValues(new Dictionary<string, object?> { ["name"] = "bench", ["ticks"] = 100000L, ["warmup"] = 0L }),
            new Dictionary<string, ElementValues> { ["world"] = new(world) },
            new Dictionary<string, IReadOnlyList<ElementValues>>());
        var simulation = Simulation.Create(input, seed, threads: 1);
        simulation.Step(2);
        return simulation;
    }
}
