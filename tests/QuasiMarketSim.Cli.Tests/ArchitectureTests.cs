using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace QuasiMarketSim.Cli.Tests;

/// <summary>
/// The layers run one way: Core (engine, no IO) &lt;- Model &lt;- Scenarios &lt;- Runners &lt;- Experiments &lt;- Explorer and
/// Cluster (beside each other) &lt;- CLI, with Plots reading results only (and Core's number formats). These tests read the
/// built assemblies and the repository, so a wrong reference fails.
/// </summary>
public class ArchitectureTests
{
    /// <summary>Each assembly and the project assemblies it may reference.</summary>
    public static TheoryData<string, string[]> Layers => new()
    {
        { "QuasiMarketSim.Core", [] },
        { "QuasiMarketSim.Model", ["QuasiMarketSim.Core"] },
        { "QuasiMarketSim.Scenarios", ["QuasiMarketSim.Model", "QuasiMarketSim.Core"] },
        { "QuasiMarketSim.Runners", ["QuasiMarketSim.Scenarios", "QuasiMarketSim.Model", "QuasiMarketSim.Core"] },
        { "QuasiMarketSim.Experiments", ["QuasiMarketSim.Runners", "QuasiMarketSim.Scenarios", "QuasiMarketSim.Model", "QuasiMarketSim.Core"] },
        { "QuasiMarketSim.Plots", ["QuasiMarketSim.Core"] },
        { "QuasiMarketSim.Explorer", ["QuasiMarketSim.Experiments", "QuasiMarketSim.Runners", "QuasiMarketSim.Scenarios", "QuasiMarketSim.Model", "QuasiMarketSim.Core"] },
        { "QuasiMarketSim.Cluster", ["QuasiMarketSim.Experiments", "QuasiMarketSim.Runners", "QuasiMarketSim.Scenarios", "QuasiMarketSim.Model", "QuasiMarketSim.Core"] },
    };

    [Theory]
    [InlineData("QuasiMarketSim.Core")]
    [InlineData("QuasiMarketSim.Model")]
    [InlineData("QuasiMarketSim.Scenarios")]
    [InlineData("QuasiMarketSim.Runners")]
    [InlineData("QuasiMarketSim.Experiments")]
    public void Only_the_cluster_project_knows_orleans(string assembly)
    {
        // The engine and experiments see units and executors; Orleans lives in QuasiMarketSim.Cluster above them.
        var references = Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!);
        Assert.DoesNotContain(references, n => n.StartsWith("Orleans", StringComparison.Ordinal) || n.StartsWith("Microsoft.Orleans", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void Each_layer_references_only_the_layers_below_it(string assembly, string[] allowed)
    {
        var references = Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("QuasiMarketSim", StringComparison.Ordinal));
        Assert.Empty(references.Except(allowed));
    }

    [Theory]
    [InlineData("QuasiMarketSim.Core")]
    [InlineData("QuasiMarketSim.Model")]
    public void The_engine_and_the_model_do_no_IO_and_know_no_file_format_plotting_or_console(string assembly)
    {
        var forbidden = TypeReferences(assembly).Where(t =>
            t.Namespace.StartsWith("System.IO", StringComparison.Ordinal)
            || t.Namespace.StartsWith("System.Text.Json", StringComparison.Ordinal)
            || t.Namespace.StartsWith("ScottPlot", StringComparison.Ordinal)
            || t.Namespace.StartsWith("System.Net", StringComparison.Ordinal)
            || (t.Namespace == "System" && t.Name == "Console")).ToList();
        Assert.True(forbidden.Count == 0, $"{assembly} uses {string.Join(", ", forbidden.Select(t => t.Namespace + "." + t.Name).Distinct())}");
    }

    [Fact]
    public void Plots_reads_results_and_never_the_model()
    {
        // Plots may use Core's number formats, never the model, scenarios or runners.
        var references = Assembly.Load("QuasiMarketSim.Plots").GetReferencedAssemblies().Select(a => a.Name!);
        Assert.DoesNotContain(references, n => n.StartsWith("QuasiMarketSim.", StringComparison.Ordinal) && n != "QuasiMarketSim.Core");
    }

    [Fact]
    public void No_source_line_is_longer_than_the_editorconfig_allows()
    {
        var root = RepoPaths.Root;
        var limit = int.Parse(File.ReadAllLines(Path.Combine(root, ".editorconfig")).Single(l => l.StartsWith("max_line_length", StringComparison.Ordinal)).Split('=')[1].Trim(),
            System.Globalization.CultureInfo.InvariantCulture);
        var longLines = new[] { "src", "tests", "benchmarks" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((l, i) => (File: Path.GetRelativePath(root, f), Line: i + 1, l.Length)))
            .Where(x => x.Length > limit).ToList();
        Assert.True(longLines.Count == 0, string.Join("\n", longLines.Take(10).Select(x => $"{x.File}:{x.Line}: {x.Length} characters")));
    }

    [Fact]
    public void Every_package_version_is_pinned()
    {
        var props = File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Packages.props"));
        var versions = System.Text.RegularExpressions.Regex.Matches(props, "Version=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(versions);
        Assert.All(versions, v => Assert.Matches(@"^\d+\.\d+\.\d+(\.\d+)?$", v));
    }

    [Fact]
    public void Every_test_is_named_as_a_sentence()
    {
        // A_negative_signal_loses_a_minus_s_T: words joined by underscores, capitals only for the first word,
        // acronyms and symbols.
        var tests = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f),
                @"\[(?:Fact|Theory|Property)[^\]]*\]\s*(?:\[[^\]]*\]\s*)*public (?:async Task|void|Property|bool) ([A-Za-z0-9_]+)\(")
                .Select(m => (File: Path.GetFileName(f), Name: m.Groups[1].Value)))
            .ToList();
        Assert.True(tests.Count > 300, $"found only {tests.Count} tests");
        var camel = tests.Where(t => t.Name != "Case" && t.Name.Split('_').Skip(1).Any(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower))).ToList();
        Assert.True(camel.Count == 0, string.Join("\n", camel.Take(10).Select(t => $"{t.File}: {t.Name}")));
    }

    private static IEnumerable<(string Namespace, string Name)> TypeReferences(string assembly)
    {
        using var stream = File.OpenRead(Assembly.Load(assembly).Location);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        foreach (var handle in md.TypeReferences)
        {
            var t = md.GetTypeReference(handle);
            yield return (md.GetString(t.Namespace), md.GetString(t.Name));
        }
    }
}
