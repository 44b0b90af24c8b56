namespace QuasiMarketSim.Model.Inputs;

/// <summary>The six kinds of provider in the brief.</summary>
public enum ProviderKind : byte
{
    /// <summary>An acute NHS trust (hospital services).</summary>
    AcuteTrust,
    /// <summary>A community NHS trust (community nursing, therapies).</summary>
    CommunityTrust,
    /// <summary>A mental health NHS trust.</summary>
    MentalHealthTrust,
    /// <summary>A GP practice: patients are registered with it; it holds only its own patients' contracts.</summary>
    GpPractice,
    /// <summary>A private firm (present at the start, or an entrant).</summary>
    PrivateFirm,
    /// <summary>A voluntary (third-sector) organisation.</summary>
    VoluntaryOrg,
}

/// <summary>Names of provider kinds as written in scenario files.</summary>
public static class ProviderKinds
{
    /// <summary>snake_case names, indexed by <see cref="ProviderKind"/> (derived from the enum).</summary>
    public static IReadOnlyList<string> Names => Specs.EnumNames.Of<ProviderKind>();

    /// <summary>Kinds that can bid for and take over a contract: all but GP practices, which hold only their own patients' contracts.</summary>
    public static IReadOnlyList<string> Contractors { get; } = [.. Names.Where(n => n != Specs.EnumNames.Name(ProviderKind.GpPractice))];

    /// <summary>The kind named <paramref name="name"/> (a validated scenario name).</summary>
    public static ProviderKind Parse(string name) => Specs.EnumNames.Parse<ProviderKind>(name);

    /// <summary>True for NHS trusts (acute, community, mental health).</summary>
    public static bool IsNhsTrust(ProviderKind kind) => kind <= ProviderKind.MentalHealthTrust;
}
