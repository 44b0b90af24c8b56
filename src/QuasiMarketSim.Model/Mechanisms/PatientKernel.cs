using System.Runtime.CompilerServices;
using QuasiMarketSim.Core.Random;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>
/// The patient rule, one patient at a time: the reference the vector kernels (<see cref="PatientKernelVector"/>,
/// <see cref="PatientKernelAvx512"/>) must match bit for bit, the path on machines without vector hardware, and the
/// vector kernels' tail.
/// </summary>
internal static class PatientKernel
{
    /// <summary>A 21-bit integer times this is a float uniform on [0, 1), exactly.</summary>
    public const float Unit21 = 1f / (1 << 21);

    /// <summary>
    /// Updates patients [<paramref name="start"/>, end) of a cell whose first patient has index
    /// <paramref name="first"/>, adding to <paramref name="tally"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Update(in PatientCellInput c, ulong key, int first, Span<float> sev, ReadOnlySpan<float> adh,
        ReadOnlySpan<float> hazardTable, int start, ref PatientTally tally)
    {
        const int tableSize = World.QuasiMarket.HazardTableSize;
        const int lane = LaneSums.Count - 1; // j & lane is j % LaneSums.Count (a power of two) without a division
        // Counts in locals: incrementing the tally through its reference would be a memory update per patient.
        int admissions = 0, servedCount = 0, high = 0, highServed = 0, renewals = 0;
        for (var j = start; j < sev.Length; j++)
        {
            // One 64-bit draw, split into three 21-bit uniforms (bit 63 unused). Converted from int: exact either way,
            // and without AVX-512 an unsigned 64-bit conversion takes a branchy multi-instruction sequence.
            var bits = CounterRng.Bits(key, (ulong)(first + j));
            var uServe = (int)(bits & 0x1FFFFF) * Unit21;
            var uAdmit = (int)((bits >> 21) & 0x1FFFFF) * Unit21;
            var uNoise = (int)(bits >> 43) * Unit21;

            var s = sev[j];
            var isHigh = s >= c.HighRisk;
            var served = uServe < (isHigh ? c.ServeHigh : c.ServeLow);
            var care = served ? c.Quality * adh[j] : 0f;
            s += c.Progression * (1 - c.CareEffect * care) + c.Noise * (2 * uNoise - 1);
            s = s < 0 ? 0 : s;
            var baseHazard = hazardTable[(int)(Math.Min(s, 1f) * tableSize)];
            var hazard = baseHazard * (1 - c.CareAdmission * care) * (isHigh && served ? c.PhoneFactor : 1f);
            tally.Expected[j & lane] += baseHazard;
            // Counted without branches (the outcomes are random, so branches would mispredict).
            admissions += uAdmit < hazard ? 1 : 0;
            servedCount += served ? 1 : 0;
            high += isHigh ? 1 : 0;
            highServed += isHigh & served ? 1 : 0;
            if (s >= 1f) { s = c.NewDiagnosis; renewals++; }
            sev[j] = s;
            tally.Severity[j & lane] += s;
        }
        tally.Admissions += admissions;
        tally.Unmet += sev.Length - start - servedCount;
        tally.HighRisk += high;
        tally.HighRiskServed += highServed;
        tally.LowRiskServed += servedCount - highServed;
        tally.Renewals += renewals;
    }
}
