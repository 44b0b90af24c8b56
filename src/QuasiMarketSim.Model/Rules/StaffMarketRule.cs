using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Rules;

/// <summary>
/// Process 6, the staff market, per region and category: trainees qualify after the pipeline delay, staff leave
/// at the leaver rate, providers with surplus release staff, providers with vacancies recruit from the pool, and
/// providers with vacancies poach from those whose posts are less attractive by pay and conditions ("robbing the
/// existing stroke services").
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
                Train(w, pool, cat, first, last, tick);
                Attrition(w, pool, cat, first, last);
                ReleaseSurplus(w, pool, cat, first, last);
                Recruit(w, pool, cat, first, last);
                Poach(w, cat, first, last);
            }
        }
    }

    /// <summary>
    /// Trainees qualify after the pipeline delay; the places started this month follow the workforce plan: the intake
    /// at the start scaled by the staff the region's services need now over what they needed then (training is
    /// commissioned for the services planned, so a rise in need is met only training_months later).
    /// </summary>
    private static void Train(QuasiMarket w, int pool, int cat, int first, int last, int tick)
    {
        var s = w.Staff;
        var slot = pool * s.PipelineMonths + tick % s.PipelineMonths;
        s.Graduates[pool] = s.Pipeline[slot];
        s.Available[pool] += s.Pipeline[slot];
        var needed = 0.0;
        for (var i = first; i < last; i++) if (w.Providers.Alive[i]) needed += w.Providers.Needed[i * w.Providers.Categories + cat];
        s.Pipeline[slot] = s.NeededAtStart[pool] > 0 ? s.TrainingIntake[pool] * needed / s.NeededAtStart[pool] : s.TrainingIntake[pool];
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

    /// <summary>
    /// Poaching follows wage and amenity differences (MODEL-BRIEF): a provider with vacancies draws staff from every
    /// provider in the region whose posts are less attractive, poaching_rate x its vacancies x its pull (the sum over
    /// less attractive providers of the gap in attractiveness x their share of the region's staff), and each donor gives
    /// in proportion to its gap x its staff. Attractiveness is the wage premium less the workload of covering vacancies
    /// (<see cref="Attractiveness"/>).
    /// </summary>
    private static void Poach(QuasiMarket w, int cat, int first, int last)
    {
        var pr = w.Providers;
        var appeal = pr.PoachAppeal;
        var pull = pr.PoachPull;
        var draw = pr.PoachDraw;
        double staff = 0, wanted = 0;
        for (var i = first; i < last; i++)
        {
            appeal[i] = Attractiveness(w, i, cat);
            if (pr.Alive[i]) staff += pr.Employed[i * pr.Categories + cat];
        }
        if (staff <= 0) return;
        for (var i = first; i < last; i++)
        {
            pull[i] = 0;
            draw[i] = 0;
            var v = Vacancy(pr, i, cat);
            if (v <= 0) continue;
            for (var j = first; j < last; j++)
            {
                var gap = appeal[i] - appeal[j];
                if (gap > 0 && pr.Alive[j]) pull[i] += gap * pr.Employed[j * pr.Categories + cat] / staff;
            }
            draw[i] = Math.Min(v, w.P.Staff.PoachingRate * pull[i] * v);
            wanted += draw[i];
        }
        if (wanted <= 0) return;
        // Donors give first (never more than they have); recipients then share what was given in proportion to their draws.
        var given = 0.0;
        for (var j = first; j < last; j++)
        {
            if (!pr.Alive[j]) continue;
            var share = 0.0;
            for (var i = first; i < last; i++)
            {
                var gap = appeal[i] - appeal[j];
                if (gap > 0 && draw[i] > 0) share += draw[i] * gap / (staff * pull[i]);
            }
            var donor = j * pr.Categories + cat;
            var loss = Math.Min(1, share) * pr.Employed[donor];
            pr.Employed[donor] -= loss;
            given += loss;
        }
        for (var i = first; i < last; i++)
        {
            if (draw[i] > 0) pr.Employed[i * pr.Categories + cat] += given * draw[i] / wanted;
        }
    }

    /// <summary>
    /// How attractive a post at provider <paramref name="i"/> is: its wage premium, less workload_weight x its vacancy
    /// rate (staff in understaffed services cover the gaps).
    /// </summary>
    public static double Attractiveness(QuasiMarket w, int i, int cat)
    {
        var pr = w.Providers;
        var needed = pr.Needed[i * pr.Categories + cat];
        var vacancyRate = needed > 0 ? Vacancy(pr, i, cat) / needed : 0;
        return pr.WagePremium[i] - w.P.Staff.WorkloadWeight * vacancyRate;
    }

    private static double Vacancy(ProviderState pr, int i, int cat)
    {
        var idx = i * pr.Categories + cat;
        return pr.Alive[i] ? Math.Max(0, pr.Needed[idx] - pr.Employed[idx]) : 0;
    }
}
