using QuasiMarketSim.Core.Recording;
using QuasiMarketSim.Core.Statistics;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.Rules;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Metrics;

/// <summary>
/// Process 10, metrics: computes one row per tick from the world and appends it to the results table (after
/// the warm-up). Keeps the only state measurement needs: last year's transaction costs and savings per line.
/// </summary>
internal sealed class MetricsRecorder
{
    private readonly double[] _row;
    private readonly double[] _lineTc;
    private readonly double[] _lineSavings;
    private readonly double[] _perLine;
    private readonly int _coreCount;

    public MetricsRecorder(QuasiMarket w)
    {
        Metrics = MetricCatalog.For(w.Lines, w.Categories);
        Table = new MetricTable([.. Metrics.Select(m => m.Name)], capacity: w.Input.Ticks);
        _row = new double[Metrics.Count];
        _lineTc = new double[w.Lines.Count];
        _lineSavings = new double[w.Lines.Count];
        _perLine = new double[MetricCatalog.PerLine.Count * w.Lines.Count];
        _coreCount = MetricCatalog.Core.Count;
    }

    public IReadOnlyList<MetricInfo> Metrics { get; }
    public MetricTable Table { get; }

    /// <summary>Computes the row for <paramref name="tick"/>; records it when the warm-up is over.</summary>
    public void Run(QuasiMarket w, int tick)
    {
        var row = _row.AsSpan();
        Compute(w, row);
        if (tick >= w.Warmup) Table.Add(row);
    }

    /// <summary>Fills <paramref name="row"/> with the current tick's metrics.</summary>
    public void Compute(QuasiMarket w, Span<double> row)
    {
        var k = w.Contracts;
        var pr = w.Providers;
        var f = w.Flows;
        var p = w.P;
        double patients = 0, trust = 0, trustP = 0, exAnte = 0, exPost = 0, spend = 0, savings = 0, quality = 0, believed = 0;
        double reneging = 0, admissions = 0, unmet = 0, high = 0, highServed = 0, low = 0, lowServed = 0;
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
            w.ScratchContracts[c] = k.TrustC[c];
        }
        var contracts = (double)k.Count;
        var i = 0;
        row[i++] = trust / contracts;
        row[i++] = Quantile.OfInPlace(w.ScratchContracts.AsSpan(), 0.1);
        row[i++] = trustP / contracts;
        row[i++] = exAnte;
        row[i++] = exPost;
        row[i++] = spend + exAnte + exPost > 0 ? (exAnte + exPost) / (spend + exAnte + exPost) : 0;
        row[i++] = spend;
        row[i++] = savings;
        row[i++] = f.Tenders;
        row[i++] = f.Switches;
        row[i++] = f.Decommissions;
        row[i++] = f.Renegotiations;
        row[i++] = f.Renewals;
        row[i++] = f.TenderedValue;
        row[i++] = f.Entries;
        row[i++] = f.Exits;
        row[i++] = f.Penalties;
        row[i++] = reneging / contracts;
        row[i++] = MeanHhi(w);
        row[i++] = ActiveProviders(w);
        Staff(w, out var vacancyRate, out var employed, out var available);
        row[i++] = vacancyRate;
        row[i++] = employed;
        row[i++] = available;
        row[i++] = w.Staff.Leavers.Sum();
        row[i++] = quality / patients;
        row[i++] = believed / patients;
        row[i++] = admissions;
        row[i++] = admissions / patients * 1000;
        row[i++] = unmet;
        row[i++] = unmet / patients;
        row[i++] = SeverityMean(w);
        row[i++] = CreamSkimming(high, highServed, low, lowServed);
        row[i++] = PracticeAdoption(w);
        PerLine(w, row[(_coreCount)..]);
        // Overall Bartlett-Le Grand indicators and parcelability: patient-weighted over lines.
        var lines = w.Lines.Count;
        for (var m = 0; m < MetricCatalog.Conditions.Count; m++)
        {
            double sum = 0, weight = 0;
            for (var l = 0; l < lines; l++)
            {
                var share = w.Lines[l].PatientShare;
                sum += share * _perLine[l * MetricCatalog.PerLine.Count + m];
                weight += share;
            }
            row[i++] = sum / weight;
        }
        row[i++] = w.Areas.Balance.Sum();
        row[i++] = pr.Reserves.Sum();
        if (i != _coreCount) throw new InvalidOperationException($"Metric row filled {i} core columns; the catalog has {_coreCount}.");
        var j = _coreCount + lines * MetricCatalog.PerLine.Count;
        for (var cat = 0; cat < w.Categories.Count; cat++) row[j++] = VacancyRate(w, cat);
    }

    /// <summary>Per-line Bartlett-Le Grand indicators, parcelability and quality, written after the core columns.</summary>
    private void PerLine(QuasiMarket w, Span<double> dest)
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
                tc += k.ExAnte[c] + k.ExPost[c];
                savings += Math.Max(0, k.Saving[c]);
                high += k.HighRisk[c];
                highServed += k.HighRiskServed[c];
                low += k.LowRisk[c];
                lowServed += k.LowRiskServed[c];
                bidders += TenderRule.ExpectedBidders(w, k.Area[c], k.Line[c], k.Provider[c]);
            }
            // Exponential smoothing with a one-year horizon: "transaction costs versus savings" over a year.
            _lineTc[l] += (tc - _lineTc[l]) / 12;
            _lineSavings[l] += (savings - _lineSavings[l]) / 12;
            var v = _perLine.AsSpan(l * perLine, perLine);
            v[0] = contracts > 0 ? 1 - 1 / Math.Max(1, bidders / contracts) : 0;
            v[1] = contracts > 0 ? info / contracts : 0;
            v[2] = _lineSavings[l] + _lineTc[l] > 0 ? _lineSavings[l] / (_lineSavings[l] + _lineTc[l]) : 0;
            v[3] = patients > 0 ? motivation / patients : 0;
            v[4] = 1 - CreamSkimming(high, highServed, low, lowServed);
            v[5] = w.Lines[l].Parcelability;
            v[6] = patients > 0 ? quality / patients : 0;
            v.CopyTo(dest[(l * perLine)..]);
        }
    }

    private static double CreamSkimming(double high, double highServed, double low, double lowServed)
    {
        if (high <= 0 || low <= 0 || lowServed <= 0) return 0;
        return Math.Clamp(1 - (highServed / high) / (lowServed / low), 0, 1);
    }

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

    private static double ActiveProviders(QuasiMarket w)
    {
        var n = 0;
        for (var i = 0; i < w.Providers.Area.Length; i++)
        {
            if (w.Providers.Alive[i] && w.Providers.Kind[i] != ProviderKind.GpPractice) n++;
        }
        return n;
    }

    private static void Staff(QuasiMarket w, out double vacancyRate, out double employed, out double available)
    {
        var pr = w.Providers;
        double needed = 0, vacant = 0;
        employed = 0;
        for (var i = 0; i < pr.Employed.Length; i++)
        {
            needed += pr.Needed[i];
            employed += pr.Employed[i];
            vacant += Math.Max(0, pr.Needed[i] - pr.Employed[i]);
        }
        vacancyRate = needed > 0 ? vacant / needed : 0;
        available = w.Staff.Available.Sum();
    }

    private static double VacancyRate(QuasiMarket w, int cat)
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

    private static double SeverityMean(QuasiMarket w)
    {
        double sum = 0;
        for (var i = 0; i < w.Cells.Count; i++) sum += w.Cells.SeveritySum[i];
        return sum / Math.Max(1, w.Patients.Count);
    }

    private static double PracticeAdoption(QuasiMarket w)
    {
        double sum = 0;
        for (var a = 0; a < w.AreaCount; a++) sum += InnovationRule.AdoptedShare(w, a);
        return sum / w.AreaCount;
    }
}
