namespace QuasiMarketSim.Model.Inputs;

/// <summary>The six kinds of provider in the brief.</summary>
public enum ProviderKind : byte
{
    AcuteTrust,
    CommunityTrust,
    MentalHealthTrust,
    GpPractice,
    PrivateFirm,
    VoluntaryOrg,
}

/// <summary>Names of provider kinds as written in scenario files.</summary>
public static class ProviderKinds
{
    /// <summary>snake_case names, indexed by <see cref="ProviderKind"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["acute_trust", "community_trust", "mental_health_trust", "gp_practice", "private_firm", "voluntary_org"];

    /// <summary>Kinds that can bid for and take over a contract: all but GP practices, which hold only their own patients' contracts.</summary>
    public static IReadOnlyList<string> Contractors { get; } =
        ["acute_trust", "community_trust", "mental_health_trust", "private_firm", "voluntary_org"];

    /// <summary>The kind named <paramref name="name"/> (a validated scenario name).</summary>
    public static ProviderKind Parse(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == name) return (ProviderKind)i;
        }
        throw new ArgumentException($"'{name}' is not a provider kind.", nameof(name));
    }

    /// <summary>True for NHS trusts (acute, community, mental health).</summary>
    public static bool IsNhsTrust(ProviderKind kind) => kind <= ProviderKind.MentalHealthTrust;
}
