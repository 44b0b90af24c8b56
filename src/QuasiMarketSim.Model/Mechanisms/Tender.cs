using System.Runtime.CompilerServices;
using QuasiMarketSim.Core.Random;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>
/// A competitive tender for one contract: the incumbent, the area's other providers able to deliver the service and
/// outside bidders bid (<see cref="Bidding"/>: cost, winner's-curse correction, margin, shaded toward the current price
/// by the number of bidders expected); the commissioner scores price against believed quality (noisy for strangers); a new
/// provider wins the contract, must take on or find staff, and care is disrupted in the transition.
/// </summary>
internal static class Tender
{

    /// <summary>Marks an outside bidder as the best so far (it has no provider index until it enters).</summary>
    private const int OutsideBidder = -2;

    /// <summary>No bid yet.</summary>
    private const int NoBidder = -1;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(QuasiMarket w, int c, int tick, ref RandomStream rng)
    {
        var k = w.Contracts;
        var p = w.P;
        var pr = w.Providers;
        var a = k.Area[c];
        var line = k.Line[c];
        var incumbent = k.Provider[c];
        var annual = 12 * k.MonthlyValue(c);
        var oldPrice = k.Price[c];
        var priceWeight = ProviderEffort.PriceWeight(w, c);
        // A new provider brings transition costs the commissioner pays; spread over the contract's life, they count
        // against its bid as a price would.
        var transitionPenalty = priceWeight * Appraisal.TransitionCost(w, c) / Appraisal.Horizon(w);

        k.TrustP[c] *= 1 - p.Trust.TenderShock;
        w.Flows.Tenders++;
        w.Flows.TendersByArea[a]++;
        w.Flows.TenderedValue += annual;
        w.Areas.TendersLastYear[a] += 1;
        Money.ChargeCompetitionCost(w, c, p.TransactionCosts.TenderCost * annual);

        var expectedBidders = ExpectedBidders(w, a, line, incumbent);
        var winner = NoBidder;
        double bestScore = double.NegativeInfinity, winningBid = oldPrice, winnerBelief = 0;
        for (var i = w.Areas.ProviderStart[a]; i < w.Areas.ProviderStart[a + 1]; i++)
        {
            // The incumbent always bids; others only if their kind delivers the service (practices never: they hold only their own patients' contracts).
            if (!pr.Alive[i] || (i != incumbent && !CanDeliver(w, i, line))) continue;
            var bid = Bid(w, w.UnitCost(i, line), oldPrice, expectedBidders, ref rng);
            var belief = i == incumbent ? k.BeliefQ[c] : ProviderChange.BelievedQuality(w, a, i) ?? Stranger(w, pr.Quality[i], ref rng);
            Consider(i, bid, belief);
        }

        // Outside bidders would enter the area if they win; each is scored on a noisy impression of its quality.
        var outside = Poisson(p.Tendering.OutsideBidders * w.P.Stances.OutsideBidders(k.Stance[c]), ref rng);
        var outsideQuality = 0.0;
        if (ProviderChange.FreeEntrantSlot(w, a) >= 0 && w.Lines[line].DeliverableBy(ProviderKind.PrivateFirm))
        {
            for (var b = 0; b < outside; b++)
            {
                var quality = Math.Clamp(p.Providers.QualityMean + p.Providers.QualitySd * rng.NextGaussian(), 0, p.Providers.QualityCeiling);
                var cost = p.Providers.PrivateEfficiency * ((1 + p.Staff.EntrantWagePremium) * w.Categories[w.CategoryOf(line)].Wage * w.StaffPerPatient(a, line)
                    + p.Providers.OverheadPerPatient * w.Areas.DemandFactor[a]);
                if (Consider(OutsideBidder, Bid(w, cost, oldPrice, expectedBidders, ref rng), Stranger(w, quality, ref rng))) outsideQuality = quality;
            }
        }

        if (winner == NoBidder)
        {
            // Nobody could bid (the incumbent has gone and no one else is able): the contract stays as it is.
            winner = incumbent;
            winningBid = oldPrice;
        }
        if (winner == OutsideBidder)
        {
            var entrant = ProviderChange.OpenEntrant(w, a, p.Market.WinnerCapitalMonths * winningBid * k.Patients[c], tick);
            w.Providers.Quality[entrant] = outsideQuality;
            w.Providers.Capability[entrant] = Math.Min(1, outsideQuality / Math.Max(0.05, p.Providers.BaseEffort));
            winner = entrant;
        }
        k.Price[c] = winningBid;
        k.Saving[c] = (oldPrice - winningBid) * k.Patients[c];
        if (winner != incumbent)
        {
            Money.ChargeCompetitionCost(w, c, p.TransactionCosts.TransitionCost * (1 - w.Lines[line].Parcelability) * annual);
            ProviderChange.Move(w, c, winner, p.Staff.TransferShare, winnerBelief);
        }
        ContractTerms.Write(w, c);
        Money.ChargeCompetitionCost(w, c, ContractTerms.SpecificationCost(w, c));

        bool Consider(int bidder, double bid, double belief)
        {
            var score = Score(priceWeight, oldPrice, bid, belief) - (bidder == incumbent ? 0 : transitionPenalty);
            if (score <= bestScore) return false;
            bestScore = score;
            winner = bidder;
            winningBid = bid;
            winnerBelief = belief;
            return true;
        }
    }

    /// <summary>
    /// A bid's score: price weight x relative saving against the current price + (1 - price weight) x believed quality.
    /// With price weight 1 the lowest bid wins (price-only scoring).
    /// </summary>
    public static double Score(double priceWeight, double oldPrice, double bid, double believedQuality) =>
        priceWeight * (oldPrice - bid) / oldPrice + (1 - priceWeight) * believedQuality;

    /// <summary>Providers in the area (other than <paramref name="except"/>) able to bid for <paramref name="line"/>: alive and of a kind that delivers it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int LocalBidders(QuasiMarket w, int area, int except, int line)
    {
        var n = 0;
        for (var i = w.Areas.ProviderStart[area]; i < w.Areas.ProviderStart[area + 1]; i++)
        {
            if (i != except && w.Providers.Alive[i] && CanDeliver(w, i, line)) n++;
        }
        return n;
    }

    /// <summary>A bid from a bidder whose expected unit cost is <paramref name="unitCost"/>, against the current price.</summary>
    private static double Bid(QuasiMarket w, double unitCost, double reserve, double bidders, ref RandomStream rng) =>
        Bidding.Bid(unitCost * (1 + w.P.Tendering.BidSd * rng.NextGaussian()), w.P.Tendering.BidSd, w.P.Tendering.BidMargin, reserve, bidders);

    /// <summary>
    /// Bidders a tender for contract <paramref name="line"/> in <paramref name="area"/> can expect: the incumbent, the
    /// area's other providers able to deliver the service, and the mean number from outside if private firms can.
    /// </summary>
    public static double ExpectedBidders(QuasiMarket w, int area, int line, int incumbent) =>
        1 + LocalBidders(w, area, incumbent, line) + (w.Lines[line].DeliverableBy(ProviderKind.PrivateFirm) ? w.P.Tendering.OutsideBidders : 0);

    /// <summary>True when <paramref name="provider"/> is of a kind able to deliver <paramref name="line"/>.</summary>
    public static bool CanDeliver(QuasiMarket w, int provider, int line) => w.Lines[line].DeliverableBy(w.Providers.Kind[provider]);

    /// <summary>
    /// What a commissioner believes of a provider it has no track record with: a noisy impression (true quality plus
    /// prior noise), shrunk toward the mean provider by how little it can be trusted, tau^2 / (tau^2 + sigma^2) for
    /// spread tau between providers and impression noise sigma (normal-normal posterior mean). An incumbent is scored
    /// on its record; a stranger's flattering bid document counts for less.
    /// </summary>
    private static double Stranger(QuasiMarket w, double quality, ref RandomStream rng)
    {
        var p = w.P;
        var impression = quality + p.Information.PriorSd * rng.NextGaussian();
        var spread = p.Providers.QualitySd * p.Providers.QualitySd;
        var weight = spread + p.Information.PriorSd * p.Information.PriorSd > 0 ? spread / (spread + p.Information.PriorSd * p.Information.PriorSd) : 1;
        return p.Providers.QualityMean + weight * (impression - p.Providers.QualityMean);
    }

    /// <summary>A Poisson draw by inversion (small means only).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Poisson(double mean, ref RandomStream rng)
    {
        var limit = Math.Exp(-mean);
        var product = rng.NextDouble();
        var n = 0;
        while (product > limit && n < 100)
        {
            product *= rng.NextDouble();
            n++;
        }
        return n;
    }
}
