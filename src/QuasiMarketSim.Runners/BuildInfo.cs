using System.Reflection;

namespace QuasiMarketSim.Runners;

/// <summary>The program's version and the commit it was built from (recorded in every manifest).</summary>
public static class BuildInfo
{
    /// <summary>Informational version, "1.2.3+commit" when built inside a git checkout.</summary>
    public static string Version { get; } =
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The commit hash part of <see cref="Version"/>, or "unknown".</summary>
    public static string Commit => Version.Contains('+', StringComparison.Ordinal) ? Version[(Version.IndexOf('+', StringComparison.Ordinal) + 1)..] : "unknown";
}
