using QuasiMarketSim.Model.Metrics;

namespace QuasiMarketSim.Cli.Tests.Commands;

/// <summary>
/// Every file a command writes is named in docs/outputs.md: each command runs small into a temporary folder and every
/// file it leaves there (hidden bookkeeping files aside) must appear in the document.
/// </summary>
public sealed class OutputsDocumentedTests : CliHarness
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "outputs.md"));

    /// <summary>Each command, as arguments after `quasim`; OUT is replaced by the folder it writes.</summary>
    public static TheoryData<string> Commands => new()
    {
        "run baseline --ticks 6 --quiet --plot --out OUT",
        "run baseline -r 2 --ticks 6 --out OUT",
        "run baseline --psa 4 --ticks 6 --out OUT",
        "compare baseline transactional -r 2 --ticks 6 --out OUT",
        "compare baseline transactional -r 2 --ticks 6 --explain --mechanisms challenge --out OUT",
        "compare baseline transactional --psa 4 --ticks 6 --out OUT",
        "sweep mix-sweep --ticks 6 --set sweep.replications=2 --paths --parquet --quiet --out OUT",
        "sensitivity mix-sweep --method morris --ticks 6 --set sensitivity.trajectories=2 --out OUT",
        "sensitivity mix-sweep --method sobol --ticks 6 --set sensitivity.samples=2 --out OUT",
        "bench --patients 1000 --patients 2000 --instruction-sets --plot --out OUT",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_file_the_command_writes_is_named_in_the_outputs_doc(string command)
    {
        var folder = Path.Combine(Root, "out");
        var args = command.Split(' ').Select(a => a == "OUT" ? folder : a == "baseline" || a == "transactional" || a == "mix-sweep" ? RepoPaths.Scenario(a) : a).ToArray();
        var (code, _, error) = Run(args);
        Assert.True(code == 0, error);
        // Figures and the report are drawn into the folders they can be drawn from (not an explanation's or a PSA's).
        var drawable = args[0] is "run" or "compare" or "sweep" or "sensitivity" && !command.Contains("--explain", StringComparison.Ordinal)
            && !command.Contains("--psa", StringComparison.Ordinal);
        if (drawable) Assert.Equal(0, Run("plot", folder).Code);
        if (drawable && args[0] is "run" or "compare") Assert.Equal(0, Run("report", folder).Code);

        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => !Path.GetFileName(f).StartsWith('.')).ToList();
        Assert.NotEmpty(files);
        var missing = files.Where(f => !Documented(f)).ToList();
        Assert.True(missing.Count == 0, $"`quasim {command}` writes files docs/outputs.md does not name: {string.Join(", ", missing)}");
    }

    /// <summary>A data file is named as itself; a figure by its name or its documented pattern (a metric's name, anatomy-*, sweep-METRIC, ...).</summary>
    private static bool Documented(string file)
    {
        if (!file.StartsWith("figures/", StringComparison.Ordinal)) return !file.Contains('/', StringComparison.Ordinal) && Doc.Contains(file, StringComparison.Ordinal);
        var name = Path.GetFileNameWithoutExtension(file);
        if (!Doc.Contains("figures/", StringComparison.Ordinal)) return false;
        if (Doc.Contains(name + ".png", StringComparison.Ordinal)) return true;
        var metrics = MetricCatalog.Core.Select(m => m.Name).ToHashSet();
        return metrics.Contains(name)
            || (name.StartsWith("anatomy-", StringComparison.Ordinal) && Doc.Contains("anatomy-*.png", StringComparison.Ordinal))
            || (name.StartsWith("sweep-", StringComparison.Ordinal) && metrics.Contains(name["sweep-".Length..]) && Doc.Contains("sweep-<metric>.png", StringComparison.Ordinal))
            || (name.StartsWith("paths-", StringComparison.Ordinal) && metrics.Contains(name["paths-".Length..]) && Doc.Contains("paths-<metric>.png", StringComparison.Ordinal))
            || (name.StartsWith("sensitivity-", StringComparison.Ordinal) && metrics.Contains(name["sensitivity-".Length..])
                && Doc.Contains("sensitivity-<metric>.png", StringComparison.Ordinal));
    }
}
