namespace QuasiMarketSim.Model.Mechanisms;

/// <summary>
/// How a provider prices a bid in a first-price sealed-bid tender, given how many bidders it expects.
/// Price falls toward cost only as competition grows: with one bidder the bid is the current price, so a tender in a
/// market without alternatives saves nothing (Bartlett and Le Grand's competitiveness condition).
/// </summary>
public static class Bidding
{
    /// <summary>
    /// E[largest of n independent standard normals] for n = 1..16 (Tippett 1925; checked by numerical integration).
    /// By symmetry it is also how far below the truth the lowest of n unbiased estimates falls, in standard deviations.
    /// </summary>
    private static readonly double[] ExpectedExtreme =
        [0, 0.56419, 0.84628, 1.02938, 1.16296, 1.26721, 1.35218, 1.42360, 1.48501, 1.53875, 1.58644, 1.62923, 1.66799, 1.70338, 1.73591, 1.76599];

    /// <summary>
    /// A bid: the bidder's cost estimate (relative error <paramref name="estimateSd"/>), raised by the winner's-curse
    /// correction for <paramref name="bidders"/> rivals' estimates (Capen, Clapp and Campbell 1971), plus its normal
    /// margin, then shaded toward the reserve price as in the symmetric equilibrium (<see cref="Shade"/>).
    /// </summary>
    public static double Bid(double estimatedCost, double estimateSd, double margin, double reserve, double bidders)
    {
        var cost = Math.Max(0.01, estimatedCost * (1 + estimateSd * ExpectedLowestError(bidders)) * (1 + margin));
        return Shade(cost, reserve, bidders);
    }

    /// <summary>
    /// The symmetric equilibrium bid of a first-price procurement auction with n bidders whose costs are uniform up to
    /// the reserve price: b(c) = c + (reserve - c) / n (Vickrey 1961; Krishna 2009, ch. 2). The lowest cost still wins,
    /// and the expected price equals the expected second-lowest cost (revenue equivalence). A cost above the reserve
    /// is bid at cost.
    /// </summary>
    public static double Shade(double cost, double reserve, double bidders) =>
        cost + Math.Max(0, reserve - cost) / Math.Max(1, bidders);

    /// <summary>
    /// How far, in standard deviations, the lowest of <paramref name="bidders"/> unbiased cost estimates is expected
    /// to fall below the truth; interpolated between whole numbers of bidders, and held at 16 beyond.
    /// </summary>
    public static double ExpectedLowestError(double bidders)
    {
        var n = Math.Clamp(bidders, 1, ExpectedExtreme.Length);
        var lo = (int)Math.Floor(n);
        if (lo >= ExpectedExtreme.Length) return ExpectedExtreme[^1];
        return ExpectedExtreme[lo - 1] + (n - lo) * (ExpectedExtreme[lo] - ExpectedExtreme[lo - 1]);
    }
}
