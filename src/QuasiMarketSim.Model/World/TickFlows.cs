namespace QuasiMarketSim.Model.World;

/// <summary>Counts and money flows of the current tick: what metrics report and the ledger checks.</summary>
internal sealed class TickFlows
{
    public TickFlows(int areas)
    {
        TendersByArea = new int[areas];
        SwitchesByArea = new int[areas];
    }

    public int Tenders;
    public int Switches;
    public int Decommissions;
    public int Renegotiations;
    public int Entries;
    public int Exits;
    public int Penalties;
    public int Reviews;
    public int Renewals;
    /// <summary>Months in which a commissioner in deficit cut the share of patient-months it funds.</summary>
    public int VolumeCuts;

    /// <summary>Annual value (at the old price) of contracts put out to tender this tick (GBP).</summary>
    public double TenderedValue;

    /// <summary>Budget paid into commissioners (GBP).</summary>
    public double BudgetIn;
    /// <summary>Capital brought in by entrants (GBP).</summary>
    public double CapitalIn;
    /// <summary>Providers' cost of delivering care: wages and overheads (GBP).</summary>
    public double DeliveryCost;
    /// <summary>Transaction costs of both sides (GBP).</summary>
    public double TransactionCost;
    /// <summary>Reserves taken out of the system by exiting providers (GBP; negative when debts are written off).</summary>
    public double ExitOut;
    /// <summary>Unplanned admissions paid for by commissioners (GBP; hospital care outside the modelled contracts).</summary>
    public double AdmissionCost;

    /// <summary><see cref="Tenders"/> by the area whose commissioner ran them.</summary>
    public int[] TendersByArea { get; }
    /// <summary><see cref="Switches"/> by the area whose contract moved.</summary>
    public int[] SwitchesByArea { get; }

    public void Clear()
    {
        Tenders = Switches = Decommissions = Renegotiations = Entries = Exits = Penalties = Reviews = Renewals = VolumeCuts = 0;
        BudgetIn = CapitalIn = DeliveryCost = TransactionCost = ExitOut = TenderedValue = AdmissionCost = 0;
        Array.Clear(TendersByArea);
        Array.Clear(SwitchesByArea);
    }
}
