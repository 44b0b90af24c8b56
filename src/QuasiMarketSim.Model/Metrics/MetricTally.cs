using System.Runtime.CompilerServices;
using QuasiMarketSim.Core.Statistics;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Metrics;

/// <summary>
/// The month's totals every probe reads, counted in one pass over contracts and providers (made once per run and
/// refilled each month, so counting allocates nothing). Keeps the only state measurement needs: last year's
/// transaction costs and savings per service line, smoothed over twelve months.
/// </summary>
internal sealed class MetricTally
{
    private readonly double[] _lineTc;
    private readonly double[] _lineSavings;
    private readonly double[] _trustScratch;

    public MetricTally(QuasiMarket w)
    {
        World = w;
        _lineTc = new double[w.Lines.Count];
        _lineSavings = new double[w.Lines.Count];
        PerLine = new double[MetricCatalog.PerLine.Count * w.Lines.Count];
        Conditions = new double[MetricCatalog.Conditions.Count];
        CategoryVacancy = new double[w.Categories.Count];
        _trustScratch = new double[w.Contracts.Count];
    }

    public QuasiMarket World { get; }

    // Sums over contracts.
    public double Contracts, Patients, Trust, TrustP10, TrustProvider, ExAnte, ExPost, Spend, Savings, Quality, Believed;
    public double Reneging, Admissions, Unmet, HighRisk, HighRiskServed, LowRisk, LowRiskServed, Gaming, Funded;

    // Staff, market and care.
    public double VacancyRate, Employed, Available, Leavers, Hhi, ActiveProviders, SeverityMean, Adoption;

    /// <summary>Patients in the population (served or not).</summary>
    public double PatientCount => World.Patients.Count;

    /// <summary>Months since recording started (0 during and at the end of the warm-up): what discounting counts from.</summary>
    public int RecordedMonth { get; set; }

    /// <summary>Per service line, in <see cref="MetricCatalog.PerLine"/> order: [line x per-line metric].</summary>
    public double[] PerLine { get; }

    /// <summary>The Bartlett-Le Grand conditions and parcelability over all lines, patient-weighted.</summary>
    public double[] Conditions { get; }

    /// <summary>Vacancy rate by staff category.</summary>
    public double[] CategoryVacancy { get; }

    /// <summary>Counts the month.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Count()
    {
        var w = World;
        var k = w.Contracts;
        double patients = 0, trust = 0, trustP = 0, exAnte = 0, exPost = 0, spend = 0, savings = 0, quality = 0, believed = 0;
        double reneging = 0, admissions = 0, unmet = 0, high = 0, highServed = 0, low = 0, lowServed = 0, gaming = 0, funded = 0;
        for (var c = 0; c < k.Count; c++)
        {
            var n = k.Patients[c];
            patients += n;
            trust += k.TrustC[c];
            trustP += k.TrustP[c];
            exAnte += k.ExAnte[c];
            exPost += k.ExPost[c];
            spend += k.Payment[c];
            savings += k.Saving[c];
            quality += k.DeliveredQuality[c] * n;
            believed += k.BeliefQ[c] * n;
            reneging += k.Reneging[c] ? 1 : 0;
            admissions += k.Admissions[c];
            unmet += k.Unmet[c];
            high += k.HighRisk[c];
            highServed += k.HighRiskServed[c];
            low += k.LowRisk[c];
            lowServed += k.LowRiskServed[c];
            _trustScratch[c] = k.TrustC[c];
            gaming += k.Gaming[c] * n;
            funded += w.Areas.FundedShare[k.Area[c]] * n;
        }
        (Contracts, Patients, Trust, TrustProvider, ExAnte, ExPost, Spend, Savings, Quality, Believed) =
            (k.Count, patients, trust, trustP, exAnte, exPost, spend, savings, quality, believed);
        (Reneging, Admissions, Unmet, HighRisk, HighRiskServed, LowRisk, LowRiskServed) = (reneging, admissions, unmet, high, highServed, low, lowServed);
        (Gaming, Funded) = (patients > 0 ? gaming / patients : 0, patients > 0 ? funded / patients : 1);
        TrustP10 = Quantile.OfInPlace(_trustScratch.AsSpan(), 0.1);
        CountStaff(w);
        Leavers = w.Staff.Leavers.Sum();
        Hhi = MeanHhi(w);
        ActiveProviders = CountActive(w);
        SeverityMean = MeanSeverity(w);
        Adoption = PracticeAdoption(w);
        CountLines(w);
        for (var cat = 0; cat < w.Categories.Count; cat++) CategoryVacancy[cat] = VacancyRateOf(w, cat);
    }

    /// <summary>1 minus the ratio of high-risk to low-risk patients' chance of being seen (0 when either group is empty).</summary>
    public static double CreamSkimming(double high, double highServed, double low, double lowServed)
    {
        if (high <= 0 || low <= 0 || lowServed <= 0) return 0;
        return Math.Clamp(1 - (highServed / high) / (lowServed / low), 0, 1);
    }

    /// <summary>Per-line Bartlett-Le Grand indicators, parcelability and quality; then the patient-weighted overall conditions.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountLines(QuasiMarket w)
    {
        var k = w.Contracts;
        var p = w.P;
        var perLine = MetricCatalog.PerLine.Count;
        for (var l = 0; l < w.Lines.Count; l++)
        {
            double patients = 0, info = 0, motivation = 0, tc = 0, savings = 0, high = 0, highServed = 0, low = 0, lowServed = 0, bidders = 0, quality = 0;
            var contracts = 0;
            for (var c = 0; c < k.Count; c++)
            {
                if (k.Line[c] != l) continue;
                contracts++;
                var n = k.Patients[c];
                patients += n;
                info += p.Information.NoiseSd > 0 ? Math.Clamp(1 - InformationRule.NoiseSd(w, c) / p.Information.NoiseSd, 0, 1) : 1;
                motivation += w.Providers.FinanceMotivation[k.Provider[c]] * n;
                quality += k.DeliveredQuality[c] * n;
                tc += k.CompetitionCost[c];
                savings += Math.Max(0, k.Saving[c]);
                high += k.HighRisk[c];
                highServed += k.HighRiskServed[c];
                low += k.LowRisk[c];
                lowServed += k.LowRiskServed[c];
                bidders += 1 + Tender.LocalBidders(w, k.Area[c], k.Provider[c], k.Line[c]);
            }
            // Exponential smoothing with a one-year horizon: "transaction costs versus savings" over a year.
            _lineTc[l] += (tc - _lineTc[l]) / 12;
            _lineSavings[l] += (savings - _lineSavings[l]) / 12;
            var v = PerLine.AsSpan(l * perLine, perLine);
            v[0] = contracts > 0 ? 1 - 1 / Math.Max(1, bidders / contracts) : 0;
            v[1] = contracts > 0 ? info / contracts : 0;
            // With no tendering in the year there is nothing to weigh: neither holds nor fails (0.5).
            v[2] = _lineSavings[l] + _lineTc[l] > 0 ? _lineSavings[l] / (_lineSavings[l] + _lineTc[l]) : 0.5;
            v[3] = patients > 0 ? motivation / patients : 0;
            v[4] = 1 - CreamSkimming(high, highServed, low, lowServed);
            v[5] = w.Lines[l].Parcelability;
            v[6] = patients > 0 ? quality / patients : 0;
        }
        for (var m = 0; m < Conditions.Length; m++)
        {
            double sum = 0, weight = 0;
            for (var l = 0; l < w.Lines.Count; l++)
            {
                var share = w.Lines[l].PatientShare;
                sum += share * PerLine[l * perLine + m];
                weight += share;
            }
            Conditions[m] = sum / weight;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountStaff(QuasiMarket w)
    {
        var pr = w.Providers;
        double needed = 0, vacant = 0, employed = 0;
        for (var i = 0; i < pr.Employed.Length; i++)
        {
            needed += pr.Needed[i];
            employed += pr.Employed[i];
            vacant += Math.Max(0, pr.Needed[i] - pr.Employed[i]);
        }
        VacancyRate = needed > 0 ? vacant / needed : 0;
        Employed = employed;
        Available = w.Staff.Available.Sum();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double VacancyRateOf(QuasiMarket w, int cat)
    {
        var pr = w.Providers;
        double needed = 0, vacant = 0;
        for (var i = 0; i < pr.Area.Length; i++)
        {
            var idx = i * pr.Categories + cat;
            needed += pr.Needed[idx];
            vacant += Math.Max(0, pr.Needed[idx] - pr.Employed[idx]);
        }
        return needed > 0 ? vacant / needed : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double MeanHhi(QuasiMarket w)
    {
        var k = w.Contracts;
        double total = 0;
        for (var a = 0; a < w.AreaCount; a++)
        {
            double patients = 0, hhi = 0;
            for (var c = w.Areas.ContractStart[a]; c < w.Areas.ContractStart[a + 1]; c++) patients += k.Patients[c];
            for (var i = w.Areas.ProviderStart[a]; i < w.Areas.ProviderStart[a + 1]; i++)
            {
                double share = 0;
                for (var c = w.Areas.ContractStart[a]; c < w.Areas.ContractStart[a + 1]; c++)
                {
                    if (k.Provider[c] == i) share += k.Patients[c];
                }
                share /= patients;
                hhi += share * share;
            }
            total += hhi;
        }
        return total / w.AreaCount;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double CountActive(QuasiMarket w)
    {
        var n = 0;
        for (var i = 0; i < w.Providers.Area.Length; i++)
        {
            if (w.Providers.Alive[i] && w.Providers.Kind[i] != ProviderKind.GpPractice) n++;
        }
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double MeanSeverity(QuasiMarket w)
    {
        double sum = 0;
        for (var i = 0; i < w.Cells.Count; i++) sum += w.Cells.SeveritySum[i];
        return sum / Math.Max(1, w.Patients.Count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double PracticeAdoption(QuasiMarket w)
    {
        double sum = 0;
        for (var a = 0; a < w.AreaCount; a++) sum += InnovationRule.AdoptedShare(w, a);
        return sum / w.AreaCount;
    }
}
