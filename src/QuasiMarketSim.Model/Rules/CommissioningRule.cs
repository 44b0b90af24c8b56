using System.Runtime.CompilerServices;
using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Model.Mechanisms;

namespace QuasiMarketSim.Model.Rules;

/// <summary>
/// Process 7, the annual commissioning cycle. In its cycle month each commissioner reviews, within its capacity,
/// the contracts expiring this year and those it believes are failing, and decides to renew, renegotiate, tender
/// or decommission. Expiring contracts it has no capacity to review roll over for a year (three-PCT study:
/// attention to only a few areas at a time).
/// </summary>
internal static class CommissioningRule
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(TickContext context, int tick)
    {
        var w = context.World;
        var areas = w.Areas;
        for (var a = 0; a < w.AreaCount; a++)
        {
            for (var c = areas.ContractStart[a]; c < areas.ContractStart[a + 1]; c++) w.Contracts.Age[c]++;
            if (tick >= areas.CapacityRestoredAt[a]) areas.CapacityFactor[a] = 1;
            Budget.Review(w, a, tick);
            if (areas.CycleDelay[a] > 0)
            {
                // A reform delays the cycle by whole months; the delayed cycle runs when the delay ends, and the
                // annual cycle restarts from that month.
                if (--areas.CycleDelay[a] > 0) continue;
                areas.CycleMonth[a] = tick % 12;
            }
            if (tick % 12 != areas.CycleMonth[a]) continue;
            RunCycle(w, a, tick, ReviewOrder(context, a));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RunCycle(QuasiMarket w, int a, int tick, ReadOnlySpan<int> due)
    {
        var k = w.Contracts;
        var p = w.P;
        var capacity = p.PerArea.CapacityPerCycle[a] * w.Areas.CapacityFactor[a];
        var effort = p.Commissioning;
        var rng = new RandomStream(w.Seed, Streams.Commissioning, (ulong)a, (ulong)tick);
        for (var i = 0; i < due.Length; i++)
        {
            var c = due[i];
            var expiring = k.Age[c] >= k.Length[c] - 12;
            if (capacity < effort.RenewalEffort)
            {
                if (expiring) k.Length[c] += 12;
                continue;
            }
            w.Flows.Reviews++;
            Repertoire.Judge(w, c, tick);
            var (priceBefore, beliefBefore, costBefore, annualBefore) = (k.Price[c], k.BeliefQ[c], k.ExAnte[c], 12 * k.MonthlyValue(c));
            var mandate = tick < w.Areas.MandateUntil[a];
            var decision = Decide(w, c, mandate);
            if (decision == Decision.Tender && capacity < effort.TenderEffort) decision = expiring ? Decision.Renegotiate : Decision.None;
            if (decision == Decision.Renegotiate && capacity < effort.RenegotiationEffort) decision = expiring ? Decision.Renew : Decision.None;
            switch (decision)
            {
                case Decision.Decommission:
                    Decommission(w, c);
                    capacity -= effort.DecommissionEffort;
                    break;
                case Decision.Tender:
                    Tender.Run(w, c, tick, ref rng);
                    capacity -= effort.TenderEffort;
                    break;
                case Decision.Renegotiate:
                    Renegotiate(w, c);
                    capacity -= effort.RenegotiationEffort;
                    break;
                case Decision.Renew:
                    w.Flows.Renewals++;
                    ContractTerms.Write(w, c);
                    Money.ChargeTransactionCost(w, c, p.TransactionCosts.RenewalCost * 12 * k.MonthlyValue(c), exAnte: true);
                    capacity -= effort.RenewalEffort;
                    break;
            }
            if (decision != Decision.None && annualBefore > 0)
            {
                Repertoire.Remember(w, c, decision is Decision.Tender or Decision.Decommission, priceBefore, beliefBefore,
                    (k.ExAnte[c] - costBefore) / annualBefore, tick);
            }
        }
        Repertoire.Learn(w, a);
    }

    private enum Decision { None, Renew, Renegotiate, Tender, Decommission }

    /// <summary>
    /// Tender when a mandate requires it. A service believed to be failing goes to whichever of decommissioning (moving it
    /// by negotiation) and tendering has the larger positive net benefit (<see cref="Appraisal"/>), else is renegotiated.
    /// Otherwise tender when it pays; renegotiate when believed quality is low, the believed margin high or money short;
    /// else renew an expiring contract.
    /// </summary>
    private static Decision Decide(QuasiMarket w, int c, bool mandate)
    {
        var k = w.Contracts;
        var p = w.P;
        var a = k.Area[c];
        var expiring = k.Age[c] >= k.Length[c] - 12;
        if (mandate) return Decision.Tender;
        var tender = Appraisal.TenderNetBenefit(w, c);
        if (k.BeliefQ[c] < p.Commissioning.DecommissionThreshold)
        {
            var decommission = Appraisal.DecommissionNetBenefit(w, c);
            if (decommission > 0 && decommission >= tender) return Decision.Decommission;
            return tender > 0 ? Decision.Tender : Decision.Renegotiate;
        }
        if (tender > 0) return Decision.Tender;
        if (k.BeliefQ[c] < p.Commissioning.SwitchThreshold || k.BelievedMargin[c] > p.Commissioning.RenegotiateMargin
            || w.Areas.FinancialPressure[a] > p.Commissioning.RenegotiatePressure) return Decision.Renegotiate;
        return expiring ? Decision.Renew : Decision.None;
    }

    /// <summary>
    /// The contracts due for review, in review order: expiring within the year first (oldest first), then those believed
    /// below the switch threshold (worst first). Uses the context's review buffer, so a cycle allocates nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<int> ReviewOrder(TickContext context, int a)
    {
        var w = context.World;
        var k = w.Contracts;
        var buffer = context.ReviewBuffer;
        var n = 0;
        for (var c = w.Areas.ContractStart[a]; c < w.Areas.ContractStart[a + 1]; c++)
        {
            if (k.Age[c] >= k.Length[c] - 12 || k.BeliefQ[c] < w.P.Commissioning.SwitchThreshold) buffer[n++] = c;
        }
        var due = buffer.AsSpan(0, n);
        due.Sort(context.ReviewPriority);
        return due;
    }

    /// <summary>Orders contracts for review: expiring first, oldest first; then by believed quality, worst first; then by index.</summary>
    internal sealed class Priority(ContractState k)
    {
        public int Compare(int x, int y)
        {
            var ex = k.Age[x] >= k.Length[x] - 12;
            var ey = k.Age[y] >= k.Length[y] - 12;
            if (ex != ey) return ex ? -1 : 1;
            if (ex && k.Age[x] != k.Age[y]) return k.Age[y].CompareTo(k.Age[x]);
            var byBelief = k.BeliefQ[x].CompareTo(k.BeliefQ[y]);
            return byBelief != 0 ? byBelief : x.CompareTo(y);
        }
    }

    /// <summary>
    /// Renegotiation: price cut by price pressure x competition (more under a budget squeeze), never below believed
    /// cost; terms rewritten from the repertoire; ex ante cost of the negotiation and of the specification.
    /// </summary>
    private static void Renegotiate(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var p = w.P;
        var a = k.Area[c];
        var cut = p.Tendering.PricePressure * w.Areas.W(a, Medium.ProviderCompetition) + 0.5 * w.Areas.FinancialPressure[a] * p.Tendering.PricePressure * p.Commissioning.SqueezePriceCut;
        var floor = 1 / (1 + Math.Max(0, k.BelievedMargin[c]));
        k.Price[c] *= Math.Max(1 - cut, Math.Min(1, floor));
        ContractTerms.Write(w, c);
        Money.ChargeTransactionCost(w, c,
            p.TransactionCosts.RenegotiationCost * 12 * k.MonthlyValue(c) + ContractTerms.SpecificationCost(w, c) * p.TransactionCosts.RespecificationShare, exAnte: true);
        w.Flows.Renegotiations++;
    }

    /// <summary>Decommission a failing service and move it by negotiation to the best alternative provider (Wirral memory service).</summary>
    private static void Decommission(QuasiMarket w, int c)
    {
        var k = w.Contracts;
        var p = w.P;
        var to = ProviderChange.BestAlternative(w, k.Area[c], k.Provider[c], k.Line[c], out var believed);
        var annual = 12 * k.MonthlyValue(c);
        Money.ChargeTransactionCost(w, c, annual * (p.TransactionCosts.RenegotiationCost + p.TransactionCosts.TransitionCost * (1 - w.Lines[k.Line[c]].Parcelability)), exAnte: true);
        ProviderChange.Move(w, c, to, p.Staff.TransferShare, believed);
        ContractTerms.Write(w, c);
        // A decommission is counted as such, not as a switch by tender.
        w.Flows.Switches--;
        w.Flows.SwitchesByArea[k.Area[c]]--;
        w.Flows.Decommissions++;
    }
}
