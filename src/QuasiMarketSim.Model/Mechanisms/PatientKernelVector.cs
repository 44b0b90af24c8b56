using System.Runtime.CompilerServices;
using System.Numerics;
using System.Runtime.InteropServices;
using QuasiMarketSim.Core.Random;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>
/// The patient rule of <see cref="PatientKernel"/> on <see cref="Vector{T}"/>: <c>Vector&lt;float&gt;.Count</c> patients a
/// step (4 with SSE or NEON, 8 with AVX2 or AVX-512), one kernel for every instruction set, bit-identical to the scalar
/// rule.
/// </summary>
/// <remarks>
/// <para>The runtime chooses the width when it starts, from the machine (and the <c>DOTNET_EnableAVX2</c>,
/// <c>DOTNET_EnableAVX512</c> knobs); the code is the same at every width. The hash runs on 64-bit lanes, the three
/// 21-bit uniforms are cut from the narrowed low and high 32-bit halves of the draws, branches become lane masks, and
/// counts are sums of masks.</para>
/// <para>Bit-identical because every float operation is the scalar one, in the scalar order, on the same operands (no
/// fused multiply-adds, which the JIT never forms on its own), and the double sums go into <see cref="LaneSums"/>
/// partial j % 16 for patient j, as the scalar kernel does. The patients after the last whole vector go through the
/// scalar kernel.</para>
/// </remarks>
internal static class PatientKernelVector
{
    /// <summary>Whether vectors are hardware accelerated here (otherwise the scalar kernel is faster).</summary>
    public static bool IsSupported => Vector.IsHardwareAccelerated && LaneSums.Count % Vector<float>.Count == 0;

    /// <summary>Updates all patients of a cell (see <see cref="PatientKernel.Update"/>); <paramref name="tally"/> must be fresh.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static unsafe void Update(in PatientCellInput c, ulong key, int first, Span<float> sev, ReadOnlySpan<float> adh,
        ReadOnlySpan<float> hazardTable, ref PatientTally tally)
    {
        if (adh.Length < sev.Length) throw new ArgumentException("Adherence must cover every patient.", nameof(adh));
        var lanes = Vector<float>.Count;
        var bulk = sev.Length - sev.Length % lanes;
        if (bulk > 0)
        {
            // Draw n of the stream is Mix(key + (n + 1) * gamma): a vector of patients takes two vectors of 64-bit draws.
            var gamma = new Vector<ulong>(CounterRng.GoldenGamma);
            var z0 = new Vector<ulong>(key) + (new Vector<ulong>((ulong)first + 1) + Vector<ulong>.Indices) * gamma;
            var z1 = z0 + new Vector<ulong>(unchecked((ulong)Vector<ulong>.Count * CounterRng.GoldenGamma));
            var zStep = new Vector<ulong>(unchecked((ulong)lanes * CounterRng.GoldenGamma));
            var bits21 = new Vector<uint>(0x1FFFFFu);
            var unit21 = new Vector<float>(PatientKernel.Unit21);

            var one = Vector<float>.One;
            var two = new Vector<float>(2f);
            var highRisk = new Vector<float>(c.HighRisk);
            var serveLow = new Vector<float>(c.ServeLow);
            var serveHigh = new Vector<float>(c.ServeHigh);
            var quality = new Vector<float>(c.Quality);
            var progression = new Vector<float>(c.Progression);
            var careEffect = new Vector<float>(c.CareEffect);
            var noise = new Vector<float>(c.Noise);
            var careAdmission = new Vector<float>(c.CareAdmission);
            var phoneFactor = new Vector<float>(c.PhoneFactor);
            var newDiagnosis = new Vector<float>(c.NewDiagnosis);
            var tableSize = new Vector<float>(World.QuasiMarket.HazardTableSize);

            // Counts as lane sums of masks (a set mask lane is -1), added up once at the end.
            Vector<int> admissions = default, served = default, high = default, highServed = default, renewals = default;
            ref var sevRef = ref MemoryMarshal.GetReference(sev);
            ref var adhRef = ref MemoryMarshal.GetReference(adh);
            ref var severityRef = ref tally.Severity[0];
            ref var expectedRef = ref tally.Expected[0];
            fixed (float* table = hazardTable)
            {
                for (var j = 0; j < bulk; j += lanes)
                {
                    var draws0 = CounterRng.Mix(z0);
                    var draws1 = CounterRng.Mix(z1);
                    z0 += zStep;
                    z1 += zStep;
                    var lo = Vector.Narrow(draws0, draws1);
                    var hi = Vector.Narrow(draws0 >> 32, draws1 >> 32);
                    // Bits 0-20, 21-41 (straddling the halves) and 43-63, as the scalar kernel cuts them.
                    var uServe = Vector.ConvertToSingle(Vector.AsVectorInt32(lo & bits21)) * unit21;
                    var uAdmit = Vector.ConvertToSingle(Vector.AsVectorInt32(((lo >> 21) | (hi << 11)) & bits21)) * unit21;
                    var uNoise = Vector.ConvertToSingle(Vector.AsVectorInt32(hi >> 11)) * unit21;

                    var s = Vector.LoadUnsafe(ref sevRef, (nuint)j);
                    var a = Vector.LoadUnsafe(ref adhRef, (nuint)j);
                    var isHigh = Vector.GreaterThanOrEqual(s, highRisk);
                    var isServed = Vector.LessThan(uServe, Vector.ConditionalSelect(isHigh, serveHigh, serveLow));
                    var care = Vector.AsVectorSingle(isServed) & (quality * a); // +0f where not served, as in the scalar kernel
                    s += progression * (one - careEffect * care) + noise * (two * uNoise - one);
                    s = Vector.ConditionalSelect(Vector.LessThan(s, Vector<float>.Zero), Vector<float>.Zero, s);
                    // Math.Min(s, 1f) as one native min: with 1 first it returns s when s is NaN, as Math.Min does. The
                    // native conversion truncates as the scalar cast; the max maps NaN (converted to int.MinValue on x64)
                    // to 0, as the scalar cast does, and keeps the lookup inside the table whatever the input.
                    var index = Vector.Max(Vector.ConvertToInt32Native(Vector.MinNative(one, s) * tableSize), Vector<int>.Zero);
                    var baseHazard = HazardLookup.Read(table, index);
                    var isHighServed = isHigh & isServed;
                    var hazard = baseHazard * (one - careAdmission * care) * Vector.ConditionalSelect(isHighServed, phoneFactor, one);
                    var renewed = Vector.GreaterThanOrEqual(s, one);
                    s = Vector.ConditionalSelect(renewed, newDiagnosis, s);
                    s.StoreUnsafe(ref sevRef, (nuint)j);

                    // Patient j + i adds to partial (j + i) % 16; the vector's lanes cover partials j % 16 onwards.
                    var partial = (nuint)(j & (LaneSums.Count - 1));
                    Vector.Widen(s, out var sLow, out var sHigh);
                    Vector.Widen(baseHazard, out var hLow, out var hHigh);
                    Add(ref severityRef, partial, sLow, sHigh);
                    Add(ref expectedRef, partial, hLow, hHigh);
                    admissions -= Vector.LessThan(uAdmit, hazard);
                    served -= isServed;
                    high -= isHigh;
                    highServed -= isHighServed;
                    renewals -= renewed;
                }
            }
            tally.Admissions = Vector.Sum(admissions);
            tally.Unmet = bulk - Vector.Sum(served);
            tally.HighRisk = Vector.Sum(high);
            tally.HighRiskServed = Vector.Sum(highServed);
            tally.LowRiskServed = Vector.Sum(served) - tally.HighRiskServed;
            tally.Renewals = Vector.Sum(renewals);
        }
        PatientKernel.Update(c, key, first, sev, adh, hazardTable, bulk, ref tally);
    }

    /// <summary>Adds the widened halves of a vector to the partials from <paramref name="partial"/> on.</summary>
    private static void Add(ref double partials, nuint partial, Vector<double> low, Vector<double> high)
    {
        (Vector.LoadUnsafe(ref partials, partial) + low).StoreUnsafe(ref partials, partial);
        var upper = partial + (nuint)Vector<double>.Count;
        (Vector.LoadUnsafe(ref partials, upper) + high).StoreUnsafe(ref partials, upper);
    }
}
