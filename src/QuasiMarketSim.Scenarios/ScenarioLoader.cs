using System.Security.Cryptography;
using System.Text;
using QuasiMarketSim.Scenarios.Syntax;

namespace QuasiMarketSim.Scenarios;

/// <summary>Loads and validates scenario files: parse, extend, override, check, bind, resolve.</summary>
public static class ScenarioLoader
{
    /// <summary>Loads <paramref name="path"/> with <paramref name="overrides"/>; throws <see cref="ScenarioLoadException"/> listing every problem.</summary>
    public static LoadedScenario Load(string path, IReadOnlyList<string> overrides)
    {
        var problems = new List<ScenarioProblem>();
        var loaded = Build(ScenarioComposer.Compose(path, problems), path, overrides, problems);
        return loaded ?? throw new ScenarioLoadException(Ordered(problems));
    }

    /// <summary>Loads scenario text (extends resolve against the current directory); for tests and tools.</summary>
    public static LoadedScenario LoadText(string text, string displayName, IReadOnlyList<string> overrides)
    {
        var problems = new List<ScenarioProblem>();
        var loaded = Build(ScenarioComposer.ComposeText(text, displayName, problems), displayName, overrides, problems);
        return loaded ?? throw new ScenarioLoadException(Ordered(problems));
    }

    /// <summary>Every problem in <paramref name="path"/> with <paramref name="overrides"/>; empty when it is valid.</summary>
    public static IReadOnlyList<ScenarioProblem> Validate(string path, IReadOnlyList<string> overrides)
    {
        var problems = new List<ScenarioProblem>();
        Build(ScenarioComposer.Compose(path, problems), path, overrides, problems);
        return Ordered(problems);
    }

    /// <summary>Problems in reading order: by file, then line (overrides last).</summary>
    private static List<ScenarioProblem> Ordered(List<ScenarioProblem> problems) =>
        [.. problems.OrderBy(p => p.File == Overrides.Source).ThenBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)];

    private static LoadedScenario? Build(ObjectNode? root, string path, IReadOnlyList<string> overrides, List<ScenarioProblem> problems)
    {
        if (root is null) return null;
        Overrides.Apply(root, overrides, problems);
        var bound = ScenarioBinder.Bind(root, problems);
        var sweep = ExperimentBlocks.ReadSweep(root, problems);
        var sensitivity = ExperimentBlocks.ReadSensitivity(root, problems);
        if (problems.Count > 0) return null;
        var input = bound.ToInput();
        foreach (var (problemPath, message) in input.CrossCheck())
        {
            var (file, line) = ScenarioBinder.Locate(root, problemPath);
            problems.Add(new(file, line, problemPath, message));
        }
        if (problems.Count > 0) return null;
        var resolved = ResolvedScenarioWriter.Write(bound);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(resolved)));
        return new LoadedScenario(input, resolved, hash, path) { Sweep = sweep, Sensitivity = sensitivity };
    }
}
