using QuasiMarketSim.Model.Inputs;

namespace QuasiMarketSim.Model.World;

/// <summary>Commissioners (one per area), as parallel arrays indexed by area.</summary>
internal sealed class AreaState
{
    public AreaState(int areas, int media)
    {
        Region = new int[areas];
        Budget = new double[areas];
        Balance = new double[areas];
        LastBalance = new double[areas];
        CapacityLeft = new double[areas];
        CapacityFactor = new double[areas];
        CapacityRestoredAt = new int[areas];
        CycleMonth = new int[areas];
        CycleDelay = new int[areas];
        Memory = new double[areas];
        Weights = new double[areas * media];
        Stance = new Stance[areas];
        MandateUntil = new int[areas];
        ReformUntil = new int[areas];
        ReformSeverity = new double[areas];
        DemandFactor = new double[areas];
        FinancialPressure = new double[areas];
        FundedShare = new double[areas];
        Array.Fill(FundedShare, 1.0);
        TendersLastYear = new double[areas];
        Mix = new double[areas];
        RelationalReturn = new double[areas];
        MarketReturn = new double[areas];
        RelationalJudged = new double[areas];
        MarketJudged = new double[areas];
        ProviderStart = new int[areas + 1];
        ContractStart = new int[areas + 1];
        PracticeCount = new int[areas];
    }

    /// <summary>Relational mix of each commissioner's repertoire (the scenario's, unless learning moves it).</summary>
    public double[] Mix { get; }
    /// <summary>Sum of the yearly returns of relational decisions judged this cycle (share of annual value).</summary>
    public double[] RelationalReturn { get; }
    /// <summary>Sum of the yearly returns of market decisions judged this cycle.</summary>
    public double[] MarketReturn { get; }
    /// <summary>Relational decisions judged this cycle.</summary>
    public double[] RelationalJudged { get; }
    /// <summary>Market decisions judged this cycle.</summary>
    public double[] MarketJudged { get; }

    /// <summary>Region (shared staff market) of each area.</summary>
    public int[] Region { get; }
    /// <summary>Budget per month (GBP).</summary>
    public double[] Budget { get; }
    /// <summary>Accumulated budget not spent (GBP); negative is a deficit.</summary>
    public double[] Balance { get; }
    /// <summary>Balance at the last monthly budget review (so the month's own surplus or deficit is known).</summary>
    public double[] LastBalance { get; }
    /// <summary>Review units left in the current annual cycle.</summary>
    public double[] CapacityLeft { get; }
    /// <summary>Multiplier on commissioning capacity (below 1 after a reform).</summary>
    public double[] CapacityFactor { get; }
    /// <summary>Absolute tick at which a reform's capacity loss ends.</summary>
    public int[] CapacityRestoredAt { get; }
    /// <summary>Month of the year (0-11) the area's cycle starts.</summary>
    public int[] CycleMonth { get; }
    /// <summary>Months the next cycle is delayed (reform).</summary>
    public int[] CycleDelay { get; }
    /// <summary>Organisational memory, 0-1: slows relationship building and belief precision when lost.</summary>
    public double[] Memory { get; }
    /// <summary>Media-of-power weights, six per area (index area * 6 + medium).</summary>
    public double[] Weights { get; }
    /// <summary>Base governance stance.</summary>
    public Stance[] Stance { get; }
    /// <summary>Absolute tick until which every reviewed contract must be tendered.</summary>
    public int[] MandateUntil { get; }
    /// <summary>Absolute tick until which a reform is under way (relationships expected to end).</summary>
    public int[] ReformUntil { get; }
    /// <summary>Magnitude of the reform under way.</summary>
    public double[] ReformSeverity { get; }
    /// <summary>Need per patient relative to the start (demand growth).</summary>
    public double[] DemandFactor { get; }
    /// <summary>Budget squeeze felt at renegotiation, 0-1: a squeeze event's, or the overspend of a year's budget.</summary>
    public double[] FinancialPressure { get; }
    /// <summary>Share of patient-months the commissioner funds (1 unless an overspent commissioner has cut access).</summary>
    public double[] FundedShare { get; }
    /// <summary>Tenders run in the last twelve months (exponentially smoothed).</summary>
    public double[] TendersLastYear { get; }
    /// <summary>First provider index of each area; area a owns [ProviderStart[a], ProviderStart[a+1]).</summary>
    public int[] ProviderStart { get; }
    /// <summary>First contract index of each area.</summary>
    public int[] ContractStart { get; }
    /// <summary>GP practices at the start of each area's provider block.</summary>
    public int[] PracticeCount { get; }

    /// <summary>Weight of <paramref name="medium"/> for area <paramref name="area"/>.</summary>
    public double W(int area, Medium medium) => Weights[area * Media.Count + (int)medium];
}
