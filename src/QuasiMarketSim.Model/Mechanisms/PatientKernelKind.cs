using System.Numerics;
using System.Runtime.Intrinsics;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>Which implementation of the patient rule runs; all give bit-identical results.</summary>
internal enum PatientKernelKind
{
    /// <summary><see cref="PatientKernel"/>: one patient at a time, on any machine.</summary>
    Scalar,

    /// <summary><see cref="PatientKernelVector"/>: a <see cref="Vector{T}"/> of patients at a time (4 or 8).</summary>
    Vector,

    /// <summary><see cref="PatientKernelAvx512"/>: 16 patients at a time; needs AVX-512F and AVX-512DQ.</summary>
    Avx512,
}

/// <summary>Chooses the fastest kernel this machine runs, and says which it is.</summary>
internal static class PatientKernels
{
    /// <summary>
    /// AVX-512 where the machine has it, else the portable vector kernel where vectors are hardware accelerated, else
    /// scalar. The AVX-512 kernel is kept beside the portable one because .NET 10 never makes <see cref="Vector{T}"/>
    /// 512 bits wide by default (only the DOTNET_MaxVectorTBitWidth variable does, not runtimeconfig.json: measured),
    /// and at 256 bits the whole tick at 10M patients on two threads was about 1.4x slower here
    /// (benchmarks/results/scaling.md).
    /// </summary>
    public static PatientKernelKind Best =>
        PatientKernelAvx512.IsSupported ? PatientKernelKind.Avx512
        : PatientKernelVector.IsSupported ? PatientKernelKind.Vector
        : PatientKernelKind.Scalar;

    /// <summary>Whether <paramref name="kind"/> runs here.</summary>
    public static bool IsSupported(PatientKernelKind kind) => kind switch
    {
        PatientKernelKind.Avx512 => PatientKernelAvx512.IsSupported,
        PatientKernelKind.Vector => PatientKernelVector.IsSupported,
        _ => true,
    };

    /// <summary>The instruction set and width of <paramref name="kind"/> on this machine, for tables and manifests.</summary>
    public static string Describe(PatientKernelKind kind) => kind switch
    {
        PatientKernelKind.Avx512 => "AVX-512 (16 patients a step)",
        PatientKernelKind.Vector when Vector<byte>.Count == Vector128<byte>.Count => $"128-bit (SSE or NEON, {Vector<float>.Count} patients a step)",
        PatientKernelKind.Vector when Vector<byte>.Count == Vector256<byte>.Count => $"AVX2 ({Vector<float>.Count} patients a step)",
        PatientKernelKind.Vector => $"{Vector<byte>.Count * 8}-bit ({Vector<float>.Count} patients a step)",
        _ => "scalar (1 patient a step)",
    };
}
