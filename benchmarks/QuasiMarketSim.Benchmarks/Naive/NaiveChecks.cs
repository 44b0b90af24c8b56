using QuasiMarketSim.Model.Rules;

namespace QuasiMarketSim.Benchmarks.Naive;

/// <summary>Checks that the naive baseline computes what the product's patient phase computes, so the comparison is like for like.</summary>
internal static class NaiveChecks
{
    /// <summary>
    /// Runs one tick of both versions from the same state of a world of about <paramref name="patients"/> patients
    /// and throws unless every patient's severity and the contracts' tallies agree. Both use the same uniforms; they
    /// differ only in float versus double arithmetic and in the product tabulating the admission hazard (at 1/1024
    /// of severity, rounding down) where the baseline calls Math.Exp.
    /// </summary>
    public static void Verify(int patients = 100_000)
    {
        var simulation = ProductWorld.Create(patients);
        var w = simulation.World;
        var naive = NaiveMarket.FromWorld(w);
        const int tick = 2;
        naive.Tick(tick);
        PatientRule.Run(simulation.Context, tick);

        var severity = w.Patients.Severity;
        var differ = 0;
        foreach (var patient in naive.Patients)
        {
            if (Math.Abs(patient.Severity - severity[patient.Id]) > 1e-5) differ++;
        }
        if (differ > severity.Length / 10_000)
        {
            throw new InvalidOperationException($"Naive baseline: {differ} of {severity.Length} patients' severity differs from the product's.");
        }

        var k = w.Contracts;
        Same("served", naive.Contracts.Sum(c => c.Served), k.Served.Sum(), 1e-3);
        Same("unmet", naive.Contracts.Sum(c => c.Unmet), k.Unmet.Sum(), 1e-3);
        Same("high risk", naive.Contracts.Sum(c => c.HighRisk), k.HighRisk.Sum(), 1e-3);
        Same("high risk served", naive.Contracts.Sum(c => c.HighRiskServed), k.HighRiskServed.Sum(), 1e-3);
        Same("low risk", naive.Contracts.Sum(c => c.LowRisk), k.LowRisk.Sum(), 1e-3);
        Same("low risk served", naive.Contracts.Sum(c => c.LowRiskServed), k.LowRiskServed.Sum(), 1e-3);
        Same("expected admissions", naive.Contracts.Sum(c => c.ExpectedAdmissions), k.ExpectedAdmissions.Sum(), 0.01);
        Same("admissions", naive.Contracts.Sum(c => c.Admissions), k.Admissions.Sum(), 0.03);
        Same("renewals", naive.Contracts.Sum(c => c.Renewals), w.Cells.Renewals.Sum(), 0.01);
        Same("severity sum", naive.Contracts.Sum(c => c.SeveritySum), w.Cells.SeveritySum.Sum(), 1e-4);
    }

    private static void Same(string what, double naive, double product, double relative)
    {
        if (Math.Abs(naive - product) > relative * Math.Max(1.0, Math.Abs(product)))
        {
            throw new InvalidOperationException($"Naive baseline: {what} is {naive} against the product's {product} (tolerance {relative:P1}).");
        }
    }
}
