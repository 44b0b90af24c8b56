using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Tests.Mechanisms;

/// <summary>
/// The vector patient kernels (the portable one at this process's width, and AVX-512) must give the scalar kernel's
/// results bit for bit, so a run's outputs do not depend on the machine. A kernel the machine cannot run is refused.
/// Other widths of the portable kernel run in their own processes (<c>InstructionSetTests</c> in the CLI tests).
/// </summary>
public class PatientKernelTests
{
    private static void AssertSameBits(double[] expected, double[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(BitConverter.DoubleToInt64Bits(expected[i]) == BitConverter.DoubleToInt64Bits(actual[i]),
                $"{what}[{i}]: {expected[i]:R} vs {actual[i]:R}");
        }
    }

    public static TheoryData<string> VectorKernels => new() { nameof(PatientKernelKind.Vector), nameof(PatientKernelKind.Avx512) };

    [Theory]
    [MemberData(nameof(VectorKernels))]
    public void Scalar_and_vector_kernels_give_bit_identical_runs(string kernel)
    {
        var kind = Enum.Parse<PatientKernelKind>(kernel);
        // 157 patients per practice over three lines: cells of sizes that are not multiples of 16, so both the vector
        // steps and the scalar tail run. Events move staffing, selection and phone care, so every branch is taken.
        var input = TestWorlds.Small(areas: 3, practices: 7, patients: 157, ticks: 36, warmup: 4)
            .Mix(0.2)
            .Stance("agency")
            .Event(3, "staff_shock", 0.4)
            .Event(8, "entrant_arrival", 0.5, 12, 1)
            .Event(15, "demand_growth", 0.1)
            .Build();
        using var scalar = TestWorlds.Create(input, seed: 11);
        using var vector = TestWorlds.Create(input, seed: 11, threads: 2);
        scalar.Context.Kernel = PatientKernelKind.Scalar;
        if (!PatientKernels.IsSupported(kind))
        {
            Assert.Throws<PlatformNotSupportedException>(() => vector.Context.Kernel = kind);
            return;
        }
        vector.Context.Kernel = kind;
        Assert.Contains(vector.World.Cells.PatientStart.Zip(vector.World.Cells.PatientStart.Skip(1), (a, b) => b - a), n => n % 16 != 0);

        var a = scalar.Run();
        var b = vector.Run();
        Assert.Equal(a.Rows.Count, b.Rows.Count);
        for (var r = 0; r < a.Rows.Count; r++) AssertSameBits(a.Rows[r], b.Rows[r], $"row {r}");
        Assert.Equal(scalar.World.Patients.Severity, vector.World.Patients.Severity);
        AssertSameBits(scalar.World.Cells.SeveritySum, vector.World.Cells.SeveritySum, "severity sum");
        AssertSameBits(scalar.World.Cells.ExpectedAdmissions, vector.World.Cells.ExpectedAdmissions, "expected admissions");
    }

    [Theory]
    [MemberData(nameof(VectorKernels))]
    public void Scalar_and_vector_kernels_agree_on_every_cell_size_and_at_the_thresholds(string kernel)
    {
        var kind = Enum.Parse<PatientKernelKind>(kernel);
        if (!PatientKernels.IsSupported(kind)) return; // nothing to compare; refusal is checked above
        using var world = TestWorlds.Create(TestWorlds.Small().Build());
        var rates = PatientCellInput.Rates(world.World.P);
        var rng = new RandomStream(3, 0, 0, 0);
        // Hazards of magnitudes from 2^-40 to 1, so that expected admissions are rounded sums whose bits depend on the
        // order of addition (with the model's hazards the sums are usually exact, so any order would pass).
        var table = new float[QuasiMarket.HazardTableSize + 1];
        for (var i = 0; i < table.Length; i++) table[i] = (float)(rng.NextDouble() * Math.Pow(2, -rng.NextInt(40)));
        // Severities on and around the thresholds (0, high risk, 1), anywhere in range, and tiny.
        float[] edges = [0f, 0.6f, 0.99f, 0.999f, 1f, 1.2f, -0.01f, float.Epsilon, 1e-9f, 3e-30f, -0f];
        for (var n = 0; n <= 80; n++)
        {
            // Every third cell neither progresses nor jitters, so its severities keep their varied magnitudes and
            // the severity sum, too, depends on the order of addition.
            var still = n % 3 == 0;
            var c = rates with
            {
                HighRisk = 0.6f,
                Quality = (float)rng.NextDouble(),
                ServeLow = n % 5 == 0 ? 1f : (float)rng.NextDouble(),
                ServeHigh = n % 7 == 0 ? 0f : (float)rng.NextDouble(),
                PhoneFactor = n % 2 == 0 ? 1f : 0.7f,
                Progression = still ? 0f : rates.Progression,
                Noise = still ? 0f : 0.05f,
            };
            var sev = new float[n];
            var adh = new float[n];
            for (var j = 0; j < n; j++)
            {
                sev[j] = j % 3 == 0 ? edges[j / 3 % edges.Length] : (float)(rng.NextDouble() * Math.Pow(2, -rng.NextInt(still ? 40 : 2)));
                adh[j] = (float)rng.NextDouble();
            }
            // A NaN severity (never a model state) must not send the hazard lookup out of the table: both kernels
            // read entry 0 for it. Only in some cells, as it makes their severity sum NaN.
            if (n % 4 == 1) sev[n / 2] = float.NaN;
            var key = rng.NextBits();
            var first = rng.NextInt(1_000_000);
            var sevScalar = (float[])sev.Clone();
            var sevVector = (float[])sev.Clone();
            var s = new PatientTally();
            var v = new PatientTally();
            PatientKernel.Update(c, key, first, sevScalar, adh, table, 0, ref s);
            if (kind == PatientKernelKind.Avx512) PatientKernelAvx512.Update(c, key, first, sevVector, adh, table, ref v);
            else PatientKernelVector.Update(c, key, first, sevVector, adh, table, ref v);

            Assert.Equal(sevScalar, sevVector);
            Assert.Equal((s.Admissions, s.Unmet, s.HighRisk, s.HighRiskServed, s.LowRiskServed, s.Renewals),
                (v.Admissions, v.Unmet, v.HighRisk, v.HighRiskServed, v.LowRiskServed, v.Renewals));
            AssertSameBits([s.Severity.Total(), s.Expected.Total()], [v.Severity.Total(), v.Expected.Total()], $"sums of {n}");
        }
    }

    [Fact]
    public void Lane_sums_fold_in_halves_which_is_not_the_sequential_order()
    {
        // 1 + 2^-53 rounds back to 1 (a tie, to even) but 2^-53 + 2^-53 is exact, so the order shows in the bits.
        var half = Math.Pow(2, -53);
        var sums = new LaneSums();
        sums[0] = 1;
        sums[4] = half;
        sums[8] = half;
        sums[12] = half;
        double sequential = 0;
        for (var i = 0; i < LaneSums.Count; i++) sequential += sums[i];
        Assert.Equal(1.0, sequential);
        // Folded: p0 + p8 rounds to 1, p4 + p12 = 2^-52 exactly, and 1 + 2^-52 is a double.
        Assert.Equal(1.0 + 2 * half, sums.Total());
    }
}
