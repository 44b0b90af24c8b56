using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.World;

namespace QuasiMarketSim.Model.Metrics;

/// <summary>A commissioner (area) as a student sees it in the explorer's network view.</summary>
/// <param name="Index">Area index.</param>
/// <param name="Mix">Its relational mix now.</param>
/// <param name="Stance">Its governance stance, as written in scenarios.</param>
/// <param name="Budget">Monthly budget.</param>
/// <param name="Balance">Budget balance.</param>
public sealed record CommissionerNode(int Index, double Mix, string Stance, double Budget, double Balance);

/// <summary>A provider as a student sees it: kind, staff, quality and whether it is in the market.</summary>
/// <param name="Index">Provider slot.</param>
/// <param name="Area">The commissioner's area it serves.</param>
/// <param name="Kind">Provider kind, as written in scenarios.</param>
/// <param name="Alive">In the market now (false for unused entrant slots and for providers that left).</param>
/// <param name="Exited">Left the market.</param>
/// <param name="Quality">True quality of its care.</param>
/// <param name="Staff">Staff employed, whole-time equivalents, over all categories.</param>
/// <param name="StaffNeeded">Staff its contracts need.</param>
/// <param name="Reserves">Financial reserves.</param>
public sealed record ProviderNode(int Index, int Area, string Kind, bool Alive, bool Exited, double Quality, double Staff, double StaffNeeded, double Reserves);

/// <summary>A contract: one relationship between a commissioner and a provider on a service line.</summary>
/// <param name="Index">Contract index.</param>
/// <param name="Area">Commissioner's area.</param>
/// <param name="Provider">Provider slot holding it.</param>
/// <param name="Line">Service line name.</param>
/// <param name="Form">Payment form (block, activity, outcome, alliance).</param>
/// <param name="TrustCommissioner">The commissioner's trust in the provider.</param>
/// <param name="TrustProvider">The provider's trust in the commissioner.</param>
/// <param name="BelievedQuality">What the commissioner believes its quality is.</param>
/// <param name="Patients">Patients covered.</param>
public sealed record ContractEdge(int Index, int Area, int Provider, string Line, string Form, double TrustCommissioner, double TrustProvider,
    double BelievedQuality, int Patients);

/// <summary>
/// Who is contracted with whom now, with the state a student clicks to see: read-only, copied out of the world so the
/// explorer can draw it while the run goes on.
/// </summary>
/// <param name="Commissioners">Every area.</param>
/// <param name="Providers">Every provider that is or was in the market (unused entrant slots left out).</param>
/// <param name="Contracts">Every contract.</param>
public sealed record NetworkSnapshot(IReadOnlyList<CommissionerNode> Commissioners, IReadOnlyList<ProviderNode> Providers, IReadOnlyList<ContractEdge> Contracts)
{
    /// <summary>Reads the network of <paramref name="simulation"/> as it is now.</summary>
    public static NetworkSnapshot Of(Simulation simulation)
    {
        var w = simulation.World;
        var a = w.Areas;
        var p = w.Providers;
        var k = w.Contracts;
        var commissioners = Enumerable.Range(0, w.AreaCount)
            .Select(i => new CommissionerNode(i, a.Mix[i], Specs.EnumNames.Name(a.Stance[i]), a.Budget[i], a.Balance[i])).ToList();
        var providers = Enumerable.Range(0, p.Alive.Length).Where(i => p.Alive[i] || p.Exited[i])
            .Select(i => new ProviderNode(i, p.Area[i], ProviderKinds.Names[(int)p.Kind[i]], p.Alive[i], p.Exited[i], p.Quality[i],
                Sum(p.Employed, i, p.Categories), Sum(p.Needed, i, p.Categories), p.Reserves[i])).ToList();
        var contracts = Enumerable.Range(0, k.Count)
            .Select(c => new ContractEdge(c, k.Area[c], k.Provider[c], w.Lines[k.Line[c]].Name, Specs.EnumNames.Name(k.Form[c]), k.TrustC[c], k.TrustP[c],
                k.BeliefQ[c], k.Patients[c])).ToList();
        return new NetworkSnapshot(commissioners, providers, contracts);
    }

    private static double Sum(double[] values, int provider, int stride)
    {
        var total = 0.0;
        for (var c = 0; c < stride; c++) total += values[provider * stride + c];
        return total;
    }
}
