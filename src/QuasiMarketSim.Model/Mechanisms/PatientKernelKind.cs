namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>Which implementation of the patient rule runs; both give bit-identical results.</summary>
internal enum PatientKernelKind
{
    /// <summary><see cref="PatientKernel"/>: one patient at a time, on any machine.</summary>
    Scalar,

    /// <summary><see cref="PatientKernelAvx512"/>: 16 patients at a time; needs AVX-512F and AVX-512DQ.</summary>
    Avx512,
}
