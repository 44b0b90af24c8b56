using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using QuasiMarketSim.Model.Inputs;
using QuasiMarketSim.Model.World;
using QuasiMarketSim.Scenarios.Syntax;

namespace QuasiMarketSim.Scenarios;

/// <summary>Loads and validates scenario files: parse, extend, override, check, bind, resolve.</summary>
public static class ScenarioLoader
{
    /// <summary>Loads <paramref name="path"/> with <paramref name="overrides"/>; throws <see cref="ScenarioLoadException"/> listing every problem.</summary>
    /// <param name="path">The scenario file.</param>
    /// <param name="overrides">`path=value` overrides, applied after the file.</param>
    /// <param name="memoryLimitBytes">The most memory one run may need (default: <see cref="MachineMemory.RunLimitBytes"/>).</param>
    public static LoadedScenario Load(string path, IReadOnlyList<string> overrides, long? memoryLimitBytes = null)
    {
        var problems = new List<ScenarioProblem>();
        var loaded = Build(ScenarioComposer.Compose(path, problems), path, overrides, problems, memoryLimitBytes);
        return loaded ?? throw new ScenarioLoadException(Ordered(problems));
    }

    /// <summary>
    /// Reads and composes <paramref name="path"/> (and what it extends) once, for experiments that load the scenario at
    /// many points: <see cref="ScenarioTemplate.Load"/> then applies overrides in memory, with no file IO.
    /// </summary>
    public static ScenarioTemplate Template(string path)
    {
        var problems = new List<ScenarioProblem>();
        var root = ScenarioComposer.Compose(path, problems);
        return root is not null && problems.Count == 0 ? new ScenarioTemplate(root, path) : throw new ScenarioLoadException(Ordered(problems));
    }

    /// <summary>Builds a scenario from a composed tree (left unchanged) with <paramref name="overrides"/>.</summary>
    internal static LoadedScenario FromTree(ObjectNode composed, string path, IReadOnlyList<string> overrides, long? memoryLimitBytes)
    {
        var problems = new List<ScenarioProblem>();
        var loaded = Build((ObjectNode)composed.DeepCopy(), path, overrides, problems, memoryLimitBytes);
        return loaded ?? throw new ScenarioLoadException(Ordered(problems));
    }

    /// <summary>Loads scenario text (extends resolve against the current directory); for tests and tools.</summary>
    public static LoadedScenario LoadText(string text, string displayName, IReadOnlyList<string> overrides, long? memoryLimitBytes = null)
    {
        var problems = new List<ScenarioProblem>();
        var loaded = Build(ScenarioComposer.ComposeText(text, displayName, problems), displayName, overrides, problems, memoryLimitBytes);
        return loaded ?? throw new ScenarioLoadException(Ordered(problems));
    }

    /// <summary>Every problem in <paramref name="path"/> with <paramref name="overrides"/>; empty when it is valid.</summary>
    public static IReadOnlyList<ScenarioProblem> Validate(string path, IReadOnlyList<string> overrides, long? memoryLimitBytes = null)
    {
        var problems = new List<ScenarioProblem>();
        Build(ScenarioComposer.Compose(path, problems), path, overrides, problems, memoryLimitBytes);
        return Ordered(problems);
    }

    /// <summary>Problems in reading order: by file, then line (overrides last).</summary>
    private static List<ScenarioProblem> Ordered(List<ScenarioProblem> problems) =>
        [.. problems.OrderBy(p => p.File == Overrides.Source).ThenBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)];

    private static LoadedScenario? Build(ObjectNode? root, string path, IReadOnlyList<string> overrides, List<ScenarioProblem> problems, long? memoryLimitBytes)
    {
        if (root is null) return null;
        Overrides.Apply(root, overrides, problems);
        var bound = ScenarioBinder.Bind(root, problems);
        var sweep = ExperimentBlocks.ReadSweep(root, problems);
        var sensitivity = ExperimentBlocks.ReadSensitivity(root, problems);
        var uncertainty = ExperimentBlocks.ReadUncertainty(root, problems);
        if (problems.Count > 0) return null;
        var input = bound.ToInput();
        foreach (var (problemPath, message) in input.CrossCheck())
        {
            var (file, line) = ScenarioBinder.Locate(root, problemPath);
            problems.Add(new(file, line, problemPath, message));
        }
        if (problems.Count == 0) CheckMemory(root, input, memoryLimitBytes ?? MachineMemory.RunLimitBytes, problems);
        if (problems.Count > 0) return null;
        return new LoadedScenario(input, () => ResolvedScenarioWriter.Write(bound), path) { Sweep = sweep, Sensitivity = sensitivity, Uncertainty = uncertainty };
    }

    /// <summary>A world that cannot fit in memory is refused before anything is allocated, with the estimate and the limit.</summary>
    private static void CheckMemory(ObjectNode root, ScenarioInput input, long limit, List<ScenarioProblem> problems)
    {
        var size = WorldSize.Of(input);
        if (size.EstimatedBytes <= limit) return;
        const string path = "world.patients_per_practice";
        var (file, line) = ScenarioBinder.Locate(root, path);
        problems.Add(new(file, line, path, string.Create(CultureInfo.InvariantCulture,
            $"this world needs about {Gb(size.EstimatedBytes)} of memory ({size.Patients:N0} patients, {size.Cells:N0} cells, {size.Contracts:N0} contracts, {size.Providers:N0} provider "
                + $"slots); one run may use at most {Gb(limit)} on this machine: make the world smaller")));
    }

    private static string Gb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):F1} GiB");
}
