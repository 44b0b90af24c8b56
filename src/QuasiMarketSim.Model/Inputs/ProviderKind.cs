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

    /// <summary>True for NHS trusts (acute, community, mental health).</summary>
    public static bool IsNhsTrust(ProviderKind kind) => kind <= ProviderKind.MentalHealthTrust;
}
