using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using QuasiMarketSim.Model;
using QuasiMarketSim.Model.Mechanisms;
using QuasiMarketSim.Model.Rules;

namespace QuasiMarketSim.Benchmarks;

/// <summary>
/// The patient kernels alone (every cell's update, no gather or reduce) on one thread, under each instruction set this
/// x64 machine can be told to use: the vector kernel's width is chosen by the runtime at start, so each instruction set
/// is a separate job whose process starts with the runtime's knobs (DOTNET_EnableAVX512=0 leaves AVX2 and 256-bit
/// vectors; adding DOTNET_EnableAVX2=0 leaves SSE and 128-bit vectors, the width NEON has on ARM64).
/// </summary>
[Config(typeof(InstructionSets))]
public class PatientKernelBenchmarks
{
    private Simulation _simulation = null!;
    private QuasiMarketSim.Model.World.QuasiMarket _world = null!;
    private int _tick;

    [Params(1_000_000, 10_000_000)]
    public int Patients { get; set; }

    [Params("scalar", "vector", "avx512")]
    public string Kernel { get; set; } = "vector";

    private PatientKernelKind _kernel;

    [GlobalSetup]
    public void Setup()
    {
        _simulation = ProductWorld.Create(Patients);
        _world = _simulation.World;
        _tick = 2;
        _kernel = Kernel switch { "scalar" => PatientKernelKind.Scalar, "avx512" => PatientKernelKind.Avx512, _ => PatientKernelKind.Vector };
        if (_kernel == PatientKernelKind.Avx512 && !PatientKernelAvx512.IsSupported) _kernel = PatientKernelKind.Scalar;
    }

    /// <summary>One tick of every patient, with the chosen kernel.</summary>
    [Benchmark]
    public void Update() => PatientRule.UpdateCells(_world, _kernel, (ulong)_tick++, 0, _world.Cells.Count);

    [GlobalCleanup]
    public void Cleanup() => _simulation.Dispose();

    /// <summary>Three jobs: the machine as it is, without AVX-512, and without AVX2 either.</summary>
    private sealed class InstructionSets : ManualConfig
    {
        public InstructionSets()
        {
            AddJob(Job.ShortRun.WithId("native"));
            AddJob(Job.ShortRun.WithId("no-avx512").WithEnvironmentVariables(new EnvironmentVariable("DOTNET_EnableAVX512", "0")));
            AddJob(Job.ShortRun.WithId("no-avx2").WithEnvironmentVariables(
                new EnvironmentVariable("DOTNET_EnableAVX512", "0"), new EnvironmentVariable("DOTNET_EnableAVX2", "0")));
        }
    }
}
