using QuasiMarketSim.Model.Inputs;

namespace QuasiMarketSim.Model.World;

/// <summary>Providers (GP practices, trusts, firms, voluntary organisations), as parallel arrays.</summary>
internal sealed class ProviderState
{
    public ProviderState(int providers, int categories)
    {
        Categories = categories;
        Kind = new ProviderKind[providers];
        Area = new int[providers];
        Alive = new bool[providers];
        Quality = new double[providers];
        Capability = new double[providers];
        Effort = new double[providers];
        FinanceMotivation = new double[providers];
        CostFactor = new double[providers];
        WagePremium = new double[providers];
        Reserves = new double[providers];
        DeficitMonths = new int[providers];
        Adopted = new bool[providers];
        Exited = new bool[providers];
        Employed = new double[providers * categories];
        Needed = new double[providers * categories];
        EffortWeight = new double[providers];
        Joint = new double[providers];
        EffortSum = new double[providers];
        GamingSum = new double[providers];
        OverheadSum = new double[providers];
        Gaming = new double[providers];
        RenegeTemptation = new double[providers];
        PoachKey = new double[providers];
        PoachOrder = new int[providers];
        PoachPull = new double[providers];
        PoachDraw = new double[providers];
    }

    /// <summary>Staff categories per provider (stride of <see cref="Employed"/>).</summary>
    public int Categories { get; }
    public ProviderKind[] Kind { get; }
    /// <summary>Area the provider serves.</summary>
    public int[] Area { get; }
    /// <summary>False for unused entrant slots and exited providers.</summary>
    public bool[] Alive { get; }
    /// <summary>True quality of care, 0-1 (unobserved by commissioners).</summary>
    public double[] Quality { get; }
    /// <summary>Quality at base effort and full staffing (the provider's intrinsic capability).</summary>
    public double[] Capability { get; }
    /// <summary>Effort this month (patient-weighted over its contracts).</summary>
    public double[] Effort { get; }
    /// <summary>Scratch: patients behind <see cref="Effort"/>.</summary>
    public double[] EffortWeight { get; }
    /// <summary>Scratch of the delivery phase: patient-weighted joint working (w1 x both trusts) over the provider's contracts.</summary>
    public double[] Joint { get; }
    /// <summary>Scratch of the delivery phase: patient-weighted sums of care and gaming effort, and overheads of patients seen.</summary>
    public double[] EffortSum { get; }
    /// <summary>See <see cref="EffortSum"/>.</summary>
    public double[] GamingSum { get; }
    /// <summary>See <see cref="EffortSum"/>.</summary>
    public double[] OverheadSum { get; }
    /// <summary>Gaming effort this month (patient-weighted over its contracts).</summary>
    public double[] Gaming { get; }
    /// <summary>Scratch of the staff market: the region's attractiveness values, sorted with <see cref="PoachOrder"/>.</summary>
    public double[] PoachKey { get; }
    /// <summary>Scratch of the staff market: the region's providers in order of attractiveness.</summary>
    public int[] PoachOrder { get; }
    /// <summary>Scratch of the staff market: each provider's pull on less attractive providers' staff.</summary>
    public double[] PoachPull { get; }
    /// <summary>Scratch of the staff market: staff each provider would poach this month.</summary>
    public double[] PoachDraw { get; }
    /// <summary>How tempting reneging is to this provider, relative to the typical one (lognormal, median 1).</summary>
    public double[] RenegeTemptation { get; }
    /// <summary>Weight on finance versus professional ethos, 0-1.</summary>
    public double[] FinanceMotivation { get; }
    /// <summary>Cost relative to an NHS provider.</summary>
    public double[] CostFactor { get; }
    /// <summary>Wage premium offered to recruit, relative to the standard wage.</summary>
    public double[] WagePremium { get; }
    /// <summary>Financial reserves (GBP).</summary>
    public double[] Reserves { get; }
    /// <summary>Consecutive months with negative reserves.</summary>
    public int[] DeficitMonths { get; }
    /// <summary>Has left the market (its slot is never reused).</summary>
    public bool[] Exited { get; }
    /// <summary>Has adopted risk-stratified telephone care (practices: risk stratification in use).</summary>
    public bool[] Adopted { get; }
    /// <summary>Staff employed, whole-time equivalents, index provider * Categories + category.</summary>
    public double[] Employed { get; }
    /// <summary>Staff needed for the contracts held, same indexing.</summary>
    public double[] Needed { get; }

    /// <summary>Employed over needed for one category (1 when nothing is needed).</summary>
    public double StaffingRatio(int provider, int category)
    {
        var i = provider * Categories + category;
        return Needed[i] <= 0 ? 1.0 : Employed[i] / Needed[i];
    }
}
