using System.Runtime.CompilerServices;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>
/// A repertoire that learns from experience (Bush and Mosteller 1955; Erev and Roth 1998: choice probabilities move
/// toward actions that paid). Each decision on a contract is remembered as relational (renew, renegotiate) or market
/// (tender, decommission), with the price, believed quality and transaction cost it started from. When the contract is
/// next reviewed, a year or more later, the commissioner judges what the decision returned per year, as a share of the
/// contract's annual value: the price fall, plus the believed quality gain at its value in avoided admissions, less the
/// decision's transaction cost spread over the years since. At the end of its cycle it moves its relational mix by
/// learning_rate x (mean relational return - mean market return), or against a lone kind's return when it has
/// experience of one kind only (breaking even is the aspiration), within the scenario's bounds. A mandate still forces
/// tendering; with learning_rate 0 (the default) the mix is the scenario's.
/// </summary>
internal static class Repertoire
{
    /// <summary>Remembers the decision just taken on contract <paramref name="c"/> (before it changed price or belief).</summary>
    public static void Remember(QuasiMarket w, int c, bool market, double priceBefore, double beliefBefore, double costShare, int tick)
    {
        var k = w.Contracts;
        k.DecisionKind[c] = market ? DecisionKind.Market : DecisionKind.Relational;
        k.DecisionTick[c] = tick;
        k.DecisionPrice[c] = priceBefore;
        k.DecisionBelief[c] = beliefBefore;
        k.DecisionCost[c] = costShare;
    }

    /// <summary>Judges the last decision on contract <paramref name="c"/> if a year has passed, adding its return to the area's experience.</summary>
    public static void Judge(QuasiMarket w, int c, int tick)
    {
        var k = w.Contracts;
        if (k.DecisionKind[c] == DecisionKind.None || tick - k.DecisionTick[c] < 12 || k.DecisionPrice[c] <= 0) return;
        var years = (tick - k.DecisionTick[c]) / 12.0;
        var back = (k.DecisionPrice[c] - k.Price[c]) / k.DecisionPrice[c]
            + Appraisal.QualityValue(w, c) * (k.BeliefQ[c] - k.DecisionBelief[c]) - k.DecisionCost[c] / years;
        var areas = w.Areas;
        var a = k.Area[c];
        if (k.DecisionKind[c] == DecisionKind.Market)
        {
            areas.MarketReturn[a] += back;
            areas.MarketJudged[a]++;
        }
        else
        {
            areas.RelationalReturn[a] += back;
            areas.RelationalJudged[a]++;
        }
        k.DecisionKind[c] = DecisionKind.None;
    }

    /// <summary>Moves area <paramref name="a"/>'s mix on this cycle's experience, re-derives the media weights the scenario did not fix for the area, and forgets the experience.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Learn(QuasiMarket w, int a)
    {
        var areas = w.Areas;
        var p = w.P.Commissioning;
        double? relational = areas.RelationalJudged[a] > 0 ? areas.RelationalReturn[a] / areas.RelationalJudged[a] : null;
        double? market = areas.MarketJudged[a] > 0 ? areas.MarketReturn[a] / areas.MarketJudged[a] : null;
        areas.RelationalReturn[a] = areas.MarketReturn[a] = areas.RelationalJudged[a] = areas.MarketJudged[a] = 0;
        if (p.LearningRate <= 0 || (relational is null && market is null)) return;
        var advantage = (relational ?? 0) - (market ?? 0);
        areas.Mix[a] = Math.Clamp(areas.Mix[a] + p.LearningRate * advantage, p.MixMin, p.MixMax);
        for (var m = 0; m < Media.Count; m++) areas.Weights[a * Media.Count + m] = w.P.PerArea.Weight(a, (Medium)m, areas.Mix[a]);
    }
}
