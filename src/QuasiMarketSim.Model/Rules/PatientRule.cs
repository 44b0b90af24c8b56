using System.Runtime.CompilerServices;
using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Rules;

/// <summary>
/// Process 1, patients: need evolves, care is given (or not) by the contracted provider, unplanned admissions
/// happen, and end-stage patients are replaced by new diagnoses. Each patient uses one 64-bit counter-based draw
/// per tick keyed by (seed, tick, patient), so results do not depend on the thread count. The per-patient rule is in
/// <see cref="PatientKernel"/> (and, a vector of patients at a time, in <see cref="PatientKernelVector"/> and
/// <see cref="PatientKernelAvx512"/>).
/// </summary>
internal static class PatientRule
{
    /// <summary>Cells per parallel block; fixed so the partition never depends on the thread count.</summary>
    public const int CellsPerBlock = 32;

    public static void Run(TickContext context, int tick)
    {
        var w = context.World;
        Gather(w);
        context.PatientKey = CounterRng.Key(w.Seed, Streams.Patients, 0, (ulong)tick);
        context.Workers.ForBlocks(w.Cells.Count, CellsPerBlock, context.PatientBlock);
        Reduce(w);
    }

    /// <summary>Reads each cell's partners (contract, provider, practice) once, so the patient loop reads only its own cell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Gather(QuasiMarket w)
    {
        var cells = w.Cells;
        var k = w.Contracts;
        var pr = w.Providers;
        var p = w.P;
        for (var i = 0; i < cells.Count; i++)
        {
            var c = cells.Contract[i];
            var provider = k.Provider[c];
            var staffing = pr.StaffingRatio(provider, w.CategoryOf(k.Line[c]));
            // A commissioner that has cut the care it funds has fewer patients seen (Mechanisms/Budget.cs).
            var coverage = (float)(Math.Min(1.0, staffing / p.Providers.FullServiceStaffing) * w.Areas.FundedShare[k.Area[c]]);
            cells.CareQuality[i] = (float)k.DeliveredQuality[c];
            cells.ServeLow[i] = coverage;
            cells.ServeHigh[i] = coverage * (float)(1 - k.Selectivity[c]);
            cells.PhoneCare[i] = pr.Adopted[cells.Practice[i]];
        }
    }

    /// <summary>Updates the patients of cells [from, to) with <paramref name="kernel"/>. Writes only those cells' outputs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void UpdateCells(QuasiMarket w, PatientKernelKind kernel, ulong key, int from, int to)
    {
        var cells = w.Cells;
        var severity = w.Patients.Severity;
        var adherence = w.Patients.Adherence;
        var hazardTable = w.AdmissionHazardBySeverity;
        var rates = PatientCellInput.Rates(w.P);
        var phoneFactor = 1 - (float)w.P.Patients.TelephoneCareEffect;
        // Cells smaller than one vector step skip the vector kernel's set-up.
        var vectorFrom = kernel switch
        {
            PatientKernelKind.Avx512 => LaneSums.Count,
            PatientKernelKind.Vector => System.Numerics.Vector<float>.Count,
            _ => int.MaxValue,
        };

        for (var cell = from; cell < to; cell++)
        {
            var input = rates with
            {
                Quality = cells.CareQuality[cell],
                ServeLow = cells.ServeLow[cell],
                ServeHigh = cells.ServeHigh[cell],
                PhoneFactor = cells.PhoneCare[cell] ? phoneFactor : 1f,
            };
            var first = cells.PatientStart[cell];
            // Spans over the cell's own patients: the kernels read and write only these.
            var sev = severity.AsSpan(first, cells.PatientStart[cell + 1] - first);
            var adh = adherence.AsSpan(first, sev.Length);
            var tally = new PatientTally();
            if (sev.Length < vectorFrom) PatientKernel.Update(input, key, first, sev, adh, hazardTable, 0, ref tally);
            else if (kernel == PatientKernelKind.Avx512) PatientKernelAvx512.Update(input, key, first, sev, adh, hazardTable, ref tally);
            else PatientKernelVector.Update(input, key, first, sev, adh, hazardTable, ref tally);
            cells.Admissions[cell] = tally.Admissions;
            cells.Unmet[cell] = tally.Unmet;
            cells.HighRisk[cell] = tally.HighRisk;
            cells.HighRiskServed[cell] = tally.HighRiskServed;
            cells.LowRiskServed[cell] = tally.LowRiskServed;
            cells.Renewals[cell] = tally.Renewals;
            cells.SeveritySum[cell] = tally.Severity.Total();
            cells.ExpectedAdmissions[cell] = tally.Expected.Total();
        }
    }

    /// <summary>Sums cell outputs into their contracts, in cell order (deterministic).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Reduce(QuasiMarket w)
    {
        var k = w.Contracts;
        var cells = w.Cells;
        Array.Clear(k.Admissions);
        Array.Clear(k.Unmet);
        Array.Clear(k.Served);
        Array.Clear(k.HighRisk);
        Array.Clear(k.HighRiskServed);
        Array.Clear(k.LowRisk);
        Array.Clear(k.LowRiskServed);
        Array.Clear(k.ExpectedAdmissions);
        for (var i = 0; i < cells.Count; i++)
        {
            var c = cells.Contract[i];
            var n = cells.PatientStart[i + 1] - cells.PatientStart[i];
            k.Admissions[c] += cells.Admissions[i];
            k.Unmet[c] += cells.Unmet[i];
            k.Served[c] += n - cells.Unmet[i];
            k.HighRisk[c] += cells.HighRisk[i];
            k.HighRiskServed[c] += cells.HighRiskServed[i];
            k.LowRisk[c] += n - cells.HighRisk[i];
            k.LowRiskServed[c] += cells.LowRiskServed[i];
            k.ExpectedAdmissions[c] += cells.ExpectedAdmissions[i];
        }
    }
}
