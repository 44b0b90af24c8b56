using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Tests.Rules;

public class PatientRuleTests
{
    private static TickContext Context() => TestWorlds.Create(TestWorlds.Small(areas: 2, practices: 4, patients: 90).Build()).Context;

    private static QuasiMarket World() => Context().World;

    [Fact]
    public void With_no_staff_coverage_is_zero_and_every_patient_is_unmet()
    {
        var ctx = Context();
        var w = ctx.World;
        Array.Clear(w.Providers.Employed);
        PatientRule.Run(ctx, 0);
        var k = w.Contracts;
        for (var c = 0; c < k.Count; c++)
        {
            Assert.True(k.Patients[c] > 0);
            Assert.Equal(k.Patients[c], k.Unmet[c]);
            Assert.Equal(0, k.Served[c]);
            Assert.Equal(0, k.HighRiskServed[c]);
            Assert.Equal(0, k.LowRiskServed[c]);
        }
        Assert.All(w.Cells.ServeLow, v => Assert.Equal(0f, v));
        Assert.All(w.Cells.ServeHigh, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void With_full_staffing_and_no_selection_every_patient_is_served()
    {
        var ctx = Context();
        var w = ctx.World;
        var pr = w.Providers;
        for (var i = 0; i < pr.Employed.Length; i++) pr.Employed[i] = pr.Needed[i];
        PatientRule.Run(ctx, 0);
        var k = w.Contracts;
        for (var c = 0; c < k.Count; c++)
        {
            Assert.Equal(0, k.Unmet[c]);
            Assert.Equal(k.Patients[c], k.Served[c]);
            Assert.Equal(k.HighRisk[c], k.HighRiskServed[c]);
            Assert.Equal(k.Patients[c] - k.HighRisk[c], k.LowRiskServed[c]);
        }
    }

    [Fact]
    public void Full_cream_skimming_turns_away_every_high_risk_patient_and_only_them()
    {
        var ctx = Context();
        var w = ctx.World;
        var pr = w.Providers;
        for (var i = 0; i < pr.Employed.Length; i++) pr.Employed[i] = pr.Needed[i];
        Array.Fill(w.Contracts.Selectivity, 1.0);
        PatientRule.Run(ctx, 0);
        var k = w.Contracts;
        for (var c = 0; c < k.Count; c++)
        {
            Assert.True(k.HighRisk[c] > 0);
            Assert.Equal(k.HighRisk[c], k.Unmet[c]);
            Assert.Equal(0, k.HighRiskServed[c]);
        }
    }

    [Fact]
    public void Gather_sets_coverage_from_staffing_over_full_service_staffing()
    {
        var w = World();
        var pr = w.Providers;
        var k = w.Contracts;
        // Start: staffing 0.9 = full_service_staffing, so coverage 1. Halve one provider's staff: coverage 0.5.
        var cell = 0;
        var c = w.Cells.Contract[cell];
        var idx = k.Provider[c] * pr.Categories + w.CategoryOf(k.Line[c]);
        Assert.Equal(0.9, pr.StaffingRatio(k.Provider[c], w.CategoryOf(k.Line[c])), 12);
        pr.Employed[idx] *= 0.5;
        k.Selectivity[c] = 0.4;
        PatientRule.Gather(w);
        Assert.Equal(0.5f, w.Cells.ServeLow[cell], 5);
        Assert.Equal(0.5f * 0.6f, w.Cells.ServeHigh[cell], 5);
        Assert.Equal((float)k.DeliveredQuality[c], w.Cells.CareQuality[cell]);
    }

    [Fact]
    public void Reduce_sums_cells_into_their_contracts()
    {
        var ctx = Context();
        var w = ctx.World;
        PatientRule.Run(ctx, 4);
        var k = w.Contracts;
        var cells = w.Cells;
        for (var c = 0; c < k.Count; c++)
        {
            int admissions = 0, unmet = 0, patients = 0;
            for (var i = 0; i < cells.Count; i++)
            {
                if (cells.Contract[i] != c) continue;
                admissions += cells.Admissions[i];
                unmet += cells.Unmet[i];
                patients += cells.PatientStart[i + 1] - cells.PatientStart[i];
            }
            Assert.Equal(admissions, k.Admissions[c]);
            Assert.Equal(unmet, k.Unmet[c]);
            Assert.Equal(patients, k.Patients[c]);
        }
    }

    [Fact]
    public void Untreated_severity_progresses_by_about_the_progression_rate()
    {
        var ctx = Context();
        var w = ctx.World;
        Array.Clear(w.Providers.Employed);
        var before = w.Patients.Severity.Select(s => (double)s).ToArray();
        PatientRule.Run(ctx, 0);
        var after = w.Patients.Severity;
        var renewed = w.Cells.Renewals.Sum();
        double change = 0;
        var n = 0;
        for (var i = 0; i < after.Length; i++)
        {
            if (after[i] < before[i] - 0.5) continue; // replaced by a new diagnosis
            change += after[i] - before[i];
            n++;
        }
        Assert.Equal(after.Length - renewed, n);
        // Mean change is progression 0.008 plus zero-mean noise of half-width 0.006 (sd 0.0035 / sqrt(n)).
        Assert.InRange(change / n, 0.008 - 0.0015, 0.008 + 0.0015);
    }
}
