using System.Runtime.CompilerServices;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Poach(QuasiMarket w, int cat, int first, int last)
    {
        var pr = w.Providers;
        var draw = pr.PoachDraw;
        var pull = pr.PoachPull;
        // Alive providers sorted by attractiveness (allocation-free), so every sum over "less attractive" or "more
        // attractive" providers is a running sum: O(n log n) rather than O(n^2) in the region's providers.
        var n = 0;
        var staff = 0.0;
        for (var i = first; i < last; i++)
        {
            // Providers with neither staff nor need in this category (most practices) neither give nor take.
            var idx = i * pr.Categories + cat;
            if (!pr.Alive[i] || (pr.Employed[idx] <= 0 && pr.Needed[idx] <= 0)) continue;
            pr.PoachKey[first + n] = Attractiveness(w, i, cat);
            pr.PoachOrder[first + n] = i;
            n++;
            staff += pr.Employed[idx];
        }
        if (staff <= 0 || n < 2) return;
        var keys = pr.PoachKey.AsSpan(first, n);
        var order = pr.PoachOrder.AsSpan(first, n);
        keys.Sort(order);

        // Pull of each provider: sum over strictly less attractive j of (A_i - A_j) E_j / S, from sums over lower groups.
        double lowerStaff = 0, lowerAppealStaff = 0, wanted = 0;
        for (var g = 0; g < n;)
        {
            var end = g;
            while (end < n && keys[end] == keys[g]) end++;
            double groupStaff = 0;
            for (var k = g; k < end; k++)
            {
                var i = order[k];
                var employed = pr.Employed[i * pr.Categories + cat];
                groupStaff += employed;
                pull[i] = (keys[g] * lowerStaff - lowerAppealStaff) / staff;
                var v = Vacancy(pr, i, cat);
                draw[i] = v > 0 && pull[i] > 0 ? Math.Min(v, w.P.Staff.PoachingRate * pull[i] * v) : 0;
                wanted += draw[i];
            }
            lowerStaff += groupStaff;
            lowerAppealStaff += keys[g] * groupStaff;
            g = end;
        }
        if (wanted <= 0) return;

        // Donors give first (never more than they have): share_j = sum over more attractive i of c_i (A_i - A_j), with
        // c_i = draw_i / (S pull_i), from sums over higher groups; recipients then share what was given by their draws.
        double higherC = 0, higherCAppeal = 0, given = 0;
        for (var g = n - 1; g >= 0;)
        {
            var start = g;
            while (start >= 0 && keys[start] == keys[g]) start--;
            double groupC = 0;
            for (var k = g; k > start; k--)
            {
                var i = order[k];
                var share = higherCAppeal - keys[g] * higherC;
                var donor = i * pr.Categories + cat;
                var loss = Math.Clamp(share, 0, 1) * pr.Employed[donor];
                pr.Employed[donor] -= loss;
                given += loss;
                if (draw[i] > 0) groupC += draw[i] / (staff * pull[i]);
            }
            higherC += groupC;
            higherCAppeal += keys[g] * groupC;
            g = start;
        }
        for (var k = 0; k < n; k++)
        {
            var i = order[k];
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
