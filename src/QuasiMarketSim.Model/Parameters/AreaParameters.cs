using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Parameters;

/// <summary>
/// Each area's commissioning settings, indexed by area: the "commissioning" section's, except where an element of the
/// scenario's "areas" list sets them. Resolved once per run; the world builder and the rules read them by area.
/// </summary>
internal sealed class AreaParameters
{
    private readonly CommissioningParameters _commissioning;
    private readonly double?[] _fixedWeights;

    public AreaParameters(int areas, CommissioningParameters commissioning, TrustParameters trust, IReadOnlyList<AreaOverride> overrides)
    {
        _commissioning = commissioning;
        Mix = new double[areas];
        Stance = new Stance[areas];
        CapacityPerCycle = new double[areas];
        BudgetHeadroom = new double[areas];
        InitialTrust = new double[areas];
        _fixedWeights = new double?[areas * Media.Count];
        for (var a = 0; a < areas; a++)
        {
            Mix[a] = commissioning.RelationalMix;
            Stance[a] = commissioning.Stance;
            CapacityPerCycle[a] = commissioning.CapacityPerCycle;
            BudgetHeadroom[a] = commissioning.BudgetHeadroom;
            for (var m = 0; m < Media.Count; m++) _fixedWeights[a * Media.Count + m] = commissioning.Weight((Medium)m);
        }
        foreach (var o in overrides)
        {
            for (var a = o.First; a < Math.Min(areas, o.First + o.Count); a++)
            {
                Mix[a] = o.RelationalMix ?? Mix[a];
                Stance[a] = o.Stance ?? Stance[a];
                CapacityPerCycle[a] = o.CapacityPerCycle ?? CapacityPerCycle[a];
                BudgetHeadroom[a] = o.BudgetHeadroom ?? BudgetHeadroom[a];
                for (var m = 0; m < Media.Count; m++) _fixedWeights[a * Media.Count + m] = o.Weights[m] ?? _fixedWeights[a * Media.Count + m];
            }
        }
        for (var a = 0; a < areas; a++) InitialTrust[a] = trust.InitialTransactional + (trust.InitialRelational - trust.InitialTransactional) * Mix[a];
    }

    /// <summary>Each area's relational mix at the start (learning may move the commissioner's own, in <see cref="AreaState.Mix"/>).</summary>
    public double[] Mix { get; }

    /// <summary>Each area's base governance stance.</summary>
    public Stance[] Stance { get; }

    /// <summary>Each area's commissioning capacity: review units per annual cycle, before a reform's loss.</summary>
    public double[] CapacityPerCycle { get; }

    /// <summary>Each area's monthly budget as a multiple of its spending.</summary>
    public double[] BudgetHeadroom { get; }

    /// <summary>Incumbents' initial trust in each area: between its fully transactional and fully relational values, by the area's mix.</summary>
    public double[] InitialTrust { get; }

    /// <summary>
    /// The weight of <paramref name="medium"/> in area <paramref name="area"/> at relational mix <paramref name="mix"/>: the
    /// area's own when its element sets it, else the commissioning section's when that sets it, else derived from the mix.
    /// </summary>
    public double Weight(int area, Medium medium, double mix) =>
        _fixedWeights[area * Media.Count + (int)medium] ?? _commissioning.DefaultWeight(medium, mix);
}
