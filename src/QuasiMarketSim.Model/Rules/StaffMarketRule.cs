using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Rules;

/// <summary>
/// Process 6, the staff market, per region and category: trainees qualify after the pipeline delay, staff leave
/// at the leaver rate, providers with surplus release staff, providers with vacancies recruit from the pool, and
/// providers paying a wage premium poach from those that do not ("robbing the existing stroke services").
/// Flows are expected values (whole-time equivalents), so staff are conserved exactly.
/// </summary>
internal static class StaffMarketRule
{
    public static void Run(QuasiMarket w, int tick)
    {
        StaffNeeds.Recompute(w);
        var s = w.Staff;
        Array.Clear(s.Leavers);
        Array.Clear(s.Graduates);
        var perRegion = w.CommissionersPerRegion;
        for (var r = 0; r < s.Regions; r++)
        {
            var first = w.Areas.ProviderStart[r * perRegion];
            var last = w.Areas.ProviderStart[Math.Min(w.AreaCount, (r + 1) * perRegion)];
            for (var cat = 0; cat < s.Categories; cat++)
            {
                var pool = r * s.Categories + cat;
                Train(s, pool, tick);
                Attrition(w, pool, cat, first, last);
                ReleaseSurplus(w, pool, cat, first, last);
                Recruit(w, pool, cat, first, last);
                Poach(w, cat, first, last);
            }
        }
    }

    private static void Train(StaffPools s, int pool, int tick)
    {
        var slot = pool * s.PipelineMonths + tick % s.PipelineMonths;
        s.Graduates[pool] = s.Pipeline[slot];
        s.Available[pool] += s.Pipeline[slot];
        s.Pipeline[slot] = s.TrainingIntake[pool];
    }

    private static void Attrition(QuasiMarket w, int pool, int cat, int first, int last)
    {
        var rate = w.P.Staff.MonthlyLeaverRate;
        var s = w.Staff;
        var pr = w.Providers;
        var leaving = s.Available[pool] * rate;
        s.Available[pool] -= leaving;
        for (var i = first; i < last; i++)
        {
            var idx = i * pr.Categories + cat;
            var out_ = pr.Employed[idx] * rate;
            pr.Employed[idx] -= out_;
            leaving += out_;
        }
        s.Leavers[pool] = leaving;
    }

    private static void ReleaseSurplus(QuasiMarket w, int pool, int cat, int first, int last)
    {
        var pr = w.Providers;
        for (var i = first; i < last; i++)
        {
            var idx = i * pr.Categories + cat;
            var surplus = pr.Employed[idx] - pr.Needed[idx] * w.P.Staff.SurplusMargin;
            if (surplus <= 0) continue;
            var released = surplus * w.P.Staff.SurplusRelease;
            pr.Employed[idx] -= released;
            w.Staff.Available[pool] += released;
        }
    }

    /// <summary>Hires from the pool, shared in proportion to vacancies weighted by (1 + wage premium).</summary>
    private static void Recruit(QuasiMarket w, int pool, int cat, int first, int last)
    {
        var pr = w.Providers;
        double vacancies = 0, weighted = 0;
        for (var i = first; i < last; i++)
        {
            var v = Vacancy(pr, i, cat);
            vacancies += v;
            weighted += v * (1 + pr.WagePremium[i]);
        }
        if (vacancies <= 0 || w.Staff.Available[pool] <= 0) return;
        var hires = Math.Min(w.Staff.Available[pool], w.P.Staff.RecruitmentRate * vacancies);
        var taken = 0.0;
        for (var i = first; i < last; i++)
        {
            var v = Vacancy(pr, i, cat);
            if (v <= 0) continue;
            var h = Math.Min(v, hires * v * (1 + pr.WagePremium[i]) / weighted);
            pr.Employed[i * pr.Categories + cat] += h;
            taken += h;
        }
        w.Staff.Available[pool] -= taken;
    }

    /// <summary>Providers paying a premium fill part of their remaining vacancies from providers that do not.</summary>
    private static void Poach(QuasiMarket w, int cat, int first, int last)
    {
        var pr = w.Providers;
        double donors = 0, wanted = 0;
        for (var i = first; i < last; i++)
        {
            if (pr.WagePremium[i] > 0) wanted += Math.Min(1, w.P.Staff.PoachingRate * pr.WagePremium[i]) * Vacancy(pr, i, cat);
            else donors += pr.Employed[i * pr.Categories + cat];
        }
        if (wanted <= 0 || donors <= 0) return;
        var moved = Math.Min(wanted, w.P.Staff.PoachingCap * donors);
        var scale = moved / wanted;
        for (var i = first; i < last; i++)
        {
            var idx = i * pr.Categories + cat;
            if (pr.WagePremium[i] > 0) pr.Employed[idx] += scale * Math.Min(1, w.P.Staff.PoachingRate * pr.WagePremium[i]) * Vacancy(pr, i, cat);
            else pr.Employed[idx] -= pr.Employed[idx] * moved / donors;
        }
    }

    private static double Vacancy(ProviderState pr, int i, int cat)
    {
        var idx = i * pr.Categories + cat;
        return pr.Alive[i] ? Math.Max(0, pr.Needed[idx] - pr.Employed[idx]) : 0;
    }
}
