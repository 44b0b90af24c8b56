using System.Runtime.CompilerServices;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Metrics;

/// <summary>
/// The month's totals of each area, counted in one pass over contracts (which are stored area by area), into arrays
/// made once per run: counting allocates nothing. The sums are those <see cref="MetricTally"/> takes over all
/// contracts, so each area's totals add up to the whole.
/// </summary>
internal sealed class AreaTally
{
    public AreaTally(QuasiMarket w)
    {
        World = w;
        var n = w.AreaCount;
        Contracts = new double[n];
        Patients = new double[n];
        Trust = new double[n];
        ExAnte = new double[n];
        ExPost = new double[n];
        Spend = new double[n];
        Quality = new double[n];
        Admissions = new double[n];
        Unmet = new double[n];
    }

    public QuasiMarket World { get; }

    /// <summary>Contracts of each area.</summary>
    public double[] Contracts { get; }
    /// <summary>Patients covered by each area's contracts.</summary>
    public double[] Patients { get; }
    /// <summary>Sum of commissioner trust over each area's contracts.</summary>
    public double[] Trust { get; }
    /// <summary>Ex ante transaction costs this month (GBP).</summary>
    public double[] ExAnte { get; }
    /// <summary>Ex post transaction costs this month (GBP).</summary>
    public double[] ExPost { get; }
    /// <summary>Paid to providers this month (GBP).</summary>
    public double[] Spend { get; }
    /// <summary>Sum of delivered quality x patients.</summary>
    public double[] Quality { get; }
    /// <summary>Unplanned admissions this month.</summary>
    public double[] Admissions { get; }
    /// <summary>Patients not seen this month.</summary>
    public double[] Unmet { get; }

    /// <summary>What area <paramref name="a"/>'s commissioner paid for its patients' unplanned admissions this month (GBP).</summary>
    public double AdmissionSpend(int a) => Admissions[a] * World.P.Patients.AdmissionCost;

    /// <summary>Counts the month.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Count()
    {
        var w = World;
        var k = w.Contracts;
        var start = w.Areas.ContractStart;
        for (var a = 0; a < w.AreaCount; a++)
        {
            double patients = 0, trust = 0, exAnte = 0, exPost = 0, spend = 0, quality = 0, admissions = 0, unmet = 0;
            for (var c = start[a]; c < start[a + 1]; c++)
            {
                var n = k.Patients[c];
                patients += n;
                trust += k.TrustC[c];
                exAnte += k.ExAnte[c];
                exPost += k.ExPost[c];
                spend += k.Payment[c];
                quality += k.DeliveredQuality[c] * n;
                admissions += k.Admissions[c];
                unmet += k.Unmet[c];
            }
            (Contracts[a], Patients[a], Trust[a], ExAnte[a], ExPost[a]) = (start[a + 1] - start[a], patients, trust, exAnte, exPost);
            (Spend[a], Quality[a], Admissions[a], Unmet[a]) = (spend, quality, admissions, unmet);
        }
    }
}
