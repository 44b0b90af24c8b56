using System.Diagnostics;
using QuasiMarketSim.Model;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Parameters;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Runners.Bench;

/// <summary>One row of the scaling table.</summary>
/// <param name="Patients">Patients simulated.</param>
/// <param name="Ticks">Ticks timed (after two untimed ones).</param>
/// <param name="NsPerPatientTick1">Wall-clock nanoseconds per patient per tick on one thread (whole model tick).</param>
/// <param name="NsPerPatientTick2">The same on two threads.</param>
/// <param name="BytesPerPatient">Managed memory of the whole world divided by patients.</param>
/// <param name="Identical">Whether one and two threads gave bit-identical metrics.</param>
public sealed record ScalingRow(int Patients, int Ticks, double NsPerPatientTick1, double NsPerPatientTick2, double BytesPerPatient, bool Identical)
{
    /// <summary>SHA-256 of the metrics the timed run recorded: equal across instruction sets when their kernels agree.</summary>
    public string ResultsHash { get; init; } = "";

    /// <summary>Two-thread speed-up over one thread.</summary>
    public double Speedup => NsPerPatientTick1 / NsPerPatientTick2;
}

/// <summary>
/// Times whole model ticks of the national-scale world scaled to several population sizes, on one and two threads.
/// This is a documented timing command for people without BenchmarkDotNet; the BenchmarkDotNet suite in
/// benchmarks/ is the reference.
/// </summary>
public static class ScalingBench
{
    /// <summary>Population sizes of the quick run (CI) and of the full table.</summary>
    public static readonly int[] Quick = [10_000, 100_000, 1_000_000], Full = [10_000, 100_000, 1_000_000, 10_000_000, 50_000_000];

    /// <summary>Times each population size on one thread and on <paramref name="maxThreads"/> (at most two), yielding a row as each finishes.</summary>
    public static IEnumerable<ScalingRow> Run(IReadOnlyList<int> sizes, int maxThreads)
    {
        WarmUp(maxThreads);
        foreach (var patients in sizes)
        {
            var input = Sized(patients);
            // Aim for about a second of timed work per measurement, at least three ticks.
            var ticks = (int)Math.Clamp(Math.Ceiling(4e8 / input.PatientCount()), 3, 200);
            var (ns1, rows1, bytes) = Time(input, 1, ticks);
            var (ns2, rows2, _) = Time(input, Math.Max(1, Math.Min(2, maxThreads)), ticks);
            var identical = rows1.Count == rows2.Count && rows1.Zip(rows2).All(p => p.First.AsSpan().SequenceEqual(p.Second));
            yield return new ScalingRow(input.PatientCount(), ticks, ns1, ns2, bytes, identical) { ResultsHash = Hash(rows2) };
        }
    }

    /// <summary>
    /// Runs a small world untimed for about a second on one and two threads, so the JIT has compiled every phase at
    /// full optimisation (tiered compilation promotes a method only after repeated calls and a delay) before the first
    /// timed row; otherwise the smallest sizes would time partly unoptimised code.
    /// </summary>
    private static void WarmUp(int maxThreads)
    {
        var input = Sized(10_000);
        foreach (var threads in new[] { 1, Math.Max(1, Math.Min(2, maxThreads)) })
        {
            using var simulation = Simulation.Create(input, 1, threads);
            var clock = Stopwatch.StartNew();
            for (var done = 0; clock.Elapsed < TimeSpan.FromSeconds(0.6) && done < 390; done += 10) simulation.Step(10);
        }
    }

    private static (double NsPerPatientTick, List<double[]> Rows, double BytesPerPatient) Time(ScenarioInput input, int threads, int ticks)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var simulation = Simulation.Create(input, 1, threads);
        var bytes = (double)(GC.GetTotalMemory(forceFullCollection: true) - before) / simulation.PatientCount;
        simulation.Step(2);
        var clock = Stopwatch.StartNew();
        simulation.Step(ticks);
        var ns = clock.Elapsed.TotalNanoseconds / ticks / simulation.PatientCount;
        return (ns, [.. simulation.Results.Rows.Select(r => (double[])r.Clone())], bytes);
    }

    private static string Hash(List<double[]> rows)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var row in rows) sha.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(row.AsSpan()));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>
    /// The national-scale world grown or shrunk to about <paramref name="patients"/>: areas are added or removed at the
    /// national density (22 practices of 1,515 patients each), down to one area whose practices are then smaller, so
    /// every structure (practices, providers, contracts, staff markets) scales with the population.
    /// </summary>
    public static ScenarioInput Sized(int patients)
    {
        var path = ScenarioLocator.Resolve("national-scale");
        var national = ScenarioLoader.Load(path, []).Input;
        var practices = Convert.ToInt32(national.Value("world.practices_per_commissioner"), System.Globalization.CultureInfo.InvariantCulture);
        var perArea = practices * Convert.ToInt32(national.Value("world.patients_per_practice"), System.Globalization.CultureInfo.InvariantCulture);
        var areas = Math.Clamp((int)Math.Round((double)patients / perArea), 1, 5000);
        var perPractice = Math.Max(1, (int)Math.Round((double)patients / areas / practices));
        return ScenarioLoader.Load(path, [$"world.commissioners={areas}", $"world.patients_per_practice={perPractice}", "ticks=400", "warmup=0"]).Input;
    }

    private static int PatientCount(this ScenarioInput input) => (int)Model.World.WorldSize.Of(input).Patients;
}
