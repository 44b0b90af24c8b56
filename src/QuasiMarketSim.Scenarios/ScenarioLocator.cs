namespace QuasiMarketSim.Scenarios;

/// <summary>Finds a scenario file from a path or the name of a shipped scenario.</summary>
public static class ScenarioLocator
{
    /// <summary>The scenario run when none is named.</summary>
    public const string DefaultScenario = "baseline";

    /// <summary>
    /// Resolves <paramref name="nameOrPath"/>: an existing file; else NAME.jsonc in ./scenarios; else in the
    /// scenarios folder shipped beside the program. Throws <see cref="FileNotFoundException"/> listing the shipped
    /// scenarios when nothing matches.
    /// </summary>
    public static string Resolve(string nameOrPath)
    {
        if (File.Exists(nameOrPath)) return nameOrPath;
        var file = nameOrPath.EndsWith(".jsonc", StringComparison.Ordinal) ? nameOrPath : nameOrPath + ".jsonc";
        if (File.Exists(file)) return file;
        foreach (var dir in SearchDirectories())
        {
            var candidate = Path.Combine(dir, Path.GetFileName(file));
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException(
            $"scenario '{nameOrPath}' not found: not a file, and not a shipped scenario ({string.Join(", ", ShippedNames())})", nameOrPath);
    }

    /// <summary>Names of the shipped scenarios.</summary>
    public static IReadOnlyList<string> ShippedNames() =>
        [.. SearchDirectories().Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.jsonc"))
            .Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>./scenarios, then the scenarios folder copied beside the program.</summary>
    public static IEnumerable<string> SearchDirectories()
    {
        yield return Path.Combine(Directory.GetCurrentDirectory(), "scenarios");
        yield return Path.Combine(AppContext.BaseDirectory, "scenarios");
    }
}
