using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Rules;

/// <summary>
/// Process 1, patients: need evolves, care is given (or not) by the contracted provider, unplanned admissions
/// happen, and end-stage patients are replaced by new diagnoses. Each patient uses one 64-bit counter-based draw
/// per tick keyed by (seed, tick, patient), so results do not depend on the thread count.
/// </summary>
internal static class PatientRule
{
    /// <summary>Cells per parallel block; fixed so the partition never depends on the thread count.</summary>
    public const int CellsPerBlock = 32;

    private const float Unit21 = 1f / (1 << 21);

    public static void Run(QuasiMarket w, int tick)
    {
        Gather(w);
        w.PatientKey = CounterRng.Key(w.Seed, Streams.Patients, 0, (ulong)tick);
        w.Workers.ForBlocks(w.Cells.Count, CellsPerBlock, w.PatientBlock);
        Reduce(w);
    }

    /// <summary>Reads each cell's partners (contract, provider, practice) once, so the patient loop reads only its own cell.</summary>
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
            var coverage = (float)Math.Min(1.0, staffing / p.FullServiceStaffing);
            cells.CareQuality[i] = (float)k.DeliveredQuality[c];
            cells.ServeLow[i] = coverage;
            cells.ServeHigh[i] = coverage * (float)(1 - k.Selectivity[c]);
            cells.PhoneCare[i] = pr.Adopted[cells.Practice[i]];
        }
    }

    /// <summary>Updates the patients of cells [from, to). Writes only those cells' outputs.</summary>
    public static void UpdateCells(QuasiMarket w, ulong key, int from, int to)
    {
        var cells = w.Cells;
        var severity = w.Patients.Severity;
        var adherence = w.Patients.Adherence;
        var hazardTable = w.AdmissionHazardBySeverity;
        var p = w.P;
        var progression = (float)p.Progression;
        var noise = (float)p.ProgressionNoise;
        var careEffect = (float)p.CareEffect;
        var careAdmission = (float)p.CareAdmissionEffect;
        var phoneEffect = (float)p.TelephoneCareEffect;
        var highRisk = (float)p.HighRiskThreshold;
        var newDiagnosis = (float)p.NewDiagnosisSeverity;
        const int tableSize = QuasiMarket.HazardTableSize;

        for (var cell = from; cell < to; cell++)
        {
            var quality = cells.CareQuality[cell];
            var serveLow = cells.ServeLow[cell];
            var serveHigh = cells.ServeHigh[cell];
            var phoneFactor = cells.PhoneCare[cell] ? 1 - phoneEffect : 1f;
            int admissions = 0, unmet = 0, high = 0, highServed = 0, lowServed = 0, renewals = 0;
            double severitySum = 0, expected = 0;
            var first = cells.PatientStart[cell];
            // Spans over the cell's own patients let the JIT drop bounds checks in the loop.
            var sev = severity.AsSpan(first, cells.PatientStart[cell + 1] - first);
            var adh = adherence.AsSpan(first, sev.Length);
            for (var j = 0; j < sev.Length; j++)
            {
                var bits = CounterRng.Bits(key, (ulong)(first + j));
                var uServe = (bits & 0x1FFFFF) * Unit21;
                var uAdmit = ((bits >> 21) & 0x1FFFFF) * Unit21;
                var uNoise = (bits >> 43) * Unit21;

                var s = sev[j];
                var isHigh = s >= highRisk;
                var served = uServe < (isHigh ? serveHigh : serveLow);
                var care = served ? quality * adh[j] : 0f;
                s += progression * (1 - careEffect * care) + noise * (2 * uNoise - 1);
                s = s < 0 ? 0 : s;
                var baseHazard = hazardTable[(int)(Math.Min(s, 1f) * tableSize)];
                var hazard = baseHazard * (1 - careAdmission * care) * (isHigh && served ? phoneFactor : 1f);
                expected += baseHazard;
                if (uAdmit < hazard) admissions++;
                if (isHigh) { high++; if (served) highServed++; }
                else if (served) lowServed++;
                if (!served) unmet++;
                if (s >= 1f) { s = newDiagnosis; renewals++; }
                sev[j] = s;
                severitySum += s;
            }
            cells.Admissions[cell] = admissions;
            cells.Unmet[cell] = unmet;
            cells.HighRisk[cell] = high;
            cells.HighRiskServed[cell] = highServed;
            cells.LowRiskServed[cell] = lowServed;
            cells.Renewals[cell] = renewals;
            cells.SeveritySum[cell] = severitySum;
            cells.ExpectedAdmissions[cell] = expected;
        }
    }

    /// <summary>Sums cell outputs into their contracts, in cell order (deterministic).</summary>
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
