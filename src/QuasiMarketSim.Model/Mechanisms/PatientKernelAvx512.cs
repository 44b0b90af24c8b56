using System.Runtime.CompilerServices;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using QuasiMarketSim.Core.Random;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>
/// The patient rule of <see cref="PatientKernel"/> on 16 patients at a time with AVX-512, bit-identical to it.
/// </summary>
/// <remarks>
/// <para>The scalar loop is compute-bound (about 22 cycles a patient, most of it the hash and the branches). Here the
/// hash runs on two vectors of eight 64-bit lanes (AVX-512DQ multiplies 64-bit lanes in one instruction), the 21-bit
/// uniforms are cut from 32-bit halves of 16 draws at once, the branches become lane masks, the hazard table is read with
/// two gathers, and the counts are popcounts of masks.</para>
/// <para>Bit-identical because every float operation is the scalar one, in the scalar order, on the same operands (no
/// fused multiply-adds, which the JIT never forms on its own), and the double sums use <see cref="LaneSums"/>, whose
/// order both kernels share. The patients after the last whole group of 16 go through the scalar kernel.</para>
/// </remarks>
internal static class PatientKernelAvx512
{
    /// <summary>Whether this machine runs the kernel natively (64-bit lane multiplies need AVX-512DQ; the gather, AVX2).</summary>
    public static bool IsSupported => Avx512F.IsSupported && Avx512DQ.IsSupported && Avx2.IsSupported && Vector512.IsHardwareAccelerated;

    /// <summary>Updates all patients of a cell (see <see cref="PatientKernel.Update"/>); <paramref name="tally"/> must be fresh.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static unsafe void Update(in PatientCellInput c, ulong key, int first, Span<float> sev, ReadOnlySpan<float> adh,
        ReadOnlySpan<float> hazardTable, ref PatientTally tally)
    {
        if (!IsSupported) throw new PlatformNotSupportedException("The AVX-512 patient kernel needs AVX-512F and AVX-512DQ.");
        if (adh.Length < sev.Length) throw new ArgumentException("Adherence must cover every patient.", nameof(adh));
        const int lanes = LaneSums.Count;
        var bulk = sev.Length - sev.Length % lanes;
        if (bulk > 0)
        {
            // Draw n of the stream is Mix(key + (n + 1) * gamma); the arguments of 16 consecutive patients step by 16 gamma.
            var gamma = Vector512.Create(CounterRng.GoldenGamma);
            var z0 = Vector512.Create(key) + (Vector512.Create((ulong)first + 1) + Vector512<ulong>.Indices) * gamma;
            var z1 = z0 + Vector512.Create(unchecked(8 * CounterRng.GoldenGamma));
            var zStep = Vector512.Create(unchecked(lanes * CounterRng.GoldenGamma));
            // Low and high 32-bit halves of the 16 draws (z0's lanes, then z1's) as 16 lanes each.
            var lowHalves = Vector512.Create(0u, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
            var highHalves = lowHalves + Vector512<uint>.One;
            var bits21 = Vector512.Create(0x1FFFFFu);
            var unit21 = Vector512.Create(PatientKernel.Unit21);

            var one = Vector512<float>.One;
            var two = Vector512.Create(2f);
            var highRisk = Vector512.Create(c.HighRisk);
            var serveLow = Vector512.Create(c.ServeLow);
            var serveHigh = Vector512.Create(c.ServeHigh);
            var quality = Vector512.Create(c.Quality);
            var progression = Vector512.Create(c.Progression);
            var careEffect = Vector512.Create(c.CareEffect);
            var noise = Vector512.Create(c.Noise);
            var careAdmission = Vector512.Create(c.CareAdmission);
            var phoneFactor = Vector512.Create(c.PhoneFactor);
            var newDiagnosis = Vector512.Create(c.NewDiagnosis);
            var tableSize = Vector512.Create((float)World.QuasiMarket.HazardTableSize);

            var severityLow = Vector512<double>.Zero;
            var severityHigh = Vector512<double>.Zero;
            var expectedLow = Vector512<double>.Zero;
            var expectedHigh = Vector512<double>.Zero;
            int admissions = 0, unmet = 0, high = 0, highServedCount = 0, lowServed = 0, renewals = 0;
            ref var sevRef = ref MemoryMarshal.GetReference(sev);
            ref var adhRef = ref MemoryMarshal.GetReference(adh);
            fixed (float* table = hazardTable)
            {
                for (var j = 0; j < bulk; j += lanes)
                {
                    var draws0 = CounterRng.Mix(z0).AsUInt32();
                    var draws1 = CounterRng.Mix(z1).AsUInt32();
                    z0 += zStep;
                    z1 += zStep;
                    var lo = Avx512F.PermuteVar16x32x2(draws0, lowHalves, draws1);
                    var hi = Avx512F.PermuteVar16x32x2(draws0, highHalves, draws1);
                    // Bits 0-20, 21-41 (straddling the halves) and 43-63, as the scalar kernel cuts them.
                    var uServe = Vector512.ConvertToSingle((lo & bits21).AsInt32()) * unit21;
                    var uAdmit = Vector512.ConvertToSingle((((lo >> 21) | (hi << 11)) & bits21).AsInt32()) * unit21;
                    var uNoise = Vector512.ConvertToSingle((hi >> 11).AsInt32()) * unit21;

                    var s = Vector512.LoadUnsafe(ref sevRef, (nuint)j);
                    var a = Vector512.LoadUnsafe(ref adhRef, (nuint)j);
                    var isHigh = Vector512.GreaterThanOrEqual(s, highRisk);
                    var served = Vector512.LessThan(uServe, Vector512.ConditionalSelect(isHigh, serveHigh, serveLow));
                    var care = served & (quality * a); // +0f where not served, as in the scalar kernel
                    s += progression * (one - careEffect * care) + noise * (two * uNoise - one);
                    s = Vector512.ConditionalSelect(Vector512.LessThan(s, Vector512<float>.Zero), Vector512<float>.Zero, s);
                    // Math.Min(s, 1f) as one vminps: with 1 first it returns s when s is NaN, as Math.Min does
                    // (Vector512.Min would add fix-ups for cases that cannot differ here). Truncation as the scalar
                    // cast; the max maps NaN (converted to int.MinValue) to 0, as the scalar cast does, and keeps the
                    // gather inside the table whatever the input.
                    var index = Vector512.Max(Avx512F.ConvertToVector512Int32WithTruncation(Avx512F.Min(one, s) * tableSize), Vector512<int>.Zero);
                    // .NET 10 exposes no 512-bit gather, so two 256-bit ones (AVX2).
                    var baseHazard = Vector512.Create(
                        Avx2.GatherVector256(table, index.GetLower(), sizeof(float)),
                        Avx2.GatherVector256(table, index.GetUpper(), sizeof(float)));
                    var highServed = isHigh & served;
                    var hazard = baseHazard * (one - careAdmission * care) * Vector512.ConditionalSelect(highServed, phoneFactor, one);
                    var admitted = Vector512.LessThan(uAdmit, hazard);
                    var renewed = Vector512.GreaterThanOrEqual(s, one);
                    s = Vector512.ConditionalSelect(renewed, newDiagnosis, s);
                    s.StoreUnsafe(ref sevRef, (nuint)j);

                    severityLow += Vector512.WidenLower(s);
                    severityHigh += Vector512.WidenUpper(s);
                    expectedLow += Vector512.WidenLower(baseHazard);
                    expectedHigh += Vector512.WidenUpper(baseHazard);
                    admissions += Count(admitted);
                    high += Count(isHigh);
                    highServedCount += Count(highServed);
                    lowServed += Count(Vector512.AndNot(served, isHigh));
                    unmet += lanes - Count(served);
                    renewals += Count(renewed);
                }
            }
            tally.Admissions = admissions;
            tally.Unmet = unmet;
            tally.HighRisk = high;
            tally.HighRiskServed = highServedCount;
            tally.LowRiskServed = lowServed;
            tally.Renewals = renewals;
            // Lane i of the low halves holds partial i, lane i of the high halves partial 8 + i.
            severityLow.StoreUnsafe(ref tally.Severity[0]);
            severityHigh.StoreUnsafe(ref tally.Severity[8]);
            expectedLow.StoreUnsafe(ref tally.Expected[0]);
            expectedHigh.StoreUnsafe(ref tally.Expected[8]);
        }
        PatientKernel.Update(c, key, first, sev, adh, hazardTable, bulk, ref tally);
    }

    /// <summary>Lanes set in a comparison mask.</summary>
    private static int Count(Vector512<float> mask) => BitOperations.PopCount(mask.ExtractMostSignificantBits());
}
