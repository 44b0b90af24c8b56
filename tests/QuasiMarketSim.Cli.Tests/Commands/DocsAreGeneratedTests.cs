using QuasiMarketSim.Cli.Commands;

namespace QuasiMarketSim.Cli.Tests.Commands;

/// <summary>
/// The parameter, mechanism and calibration target tables in docs/ODD.md and the metric table in docs/outputs.md are generated from the code. These
/// tests fail when they drift; run them with QMS_UPDATE_DOCS=1 to rewrite the tables from the code.
/// </summary>
public class DocsAreGeneratedTests
{
    [Fact]
    public void Odd_parameter_table_matches_the_code() => Check("docs/ODD.md", "parameters", QuasiMarketSim.Scenarios.ReferenceTables.WriteParameterTable);

    [Fact]
    public void Odd_mechanism_table_matches_the_code() => Check("docs/ODD.md", "mechanisms", QuasiMarketSim.Scenarios.ReferenceTables.WriteMechanismTable);

    [Fact]
    public void Odd_calibration_target_table_matches_the_code() =>
        Check("docs/ODD.md", "calibration-targets", QuasiMarketSim.Experiments.Calibration.CalibrationTargets.WriteMarkdownTable);

    [Fact]
    public void Outputs_metric_table_matches_the_code() => Check("docs/outputs.md", "metrics", QuasiMarketSim.Scenarios.ReferenceTables.WriteMetricTable);

    [Fact]
    public void Outputs_per_area_metric_table_matches_the_code() => Check("docs/outputs.md", "area-metrics", QuasiMarketSim.Scenarios.ReferenceTables.WriteAreaMetricTable);

    private static void Check(string relative, string block, Action<TextWriter> write)
    {
        var path = Path.Combine(RepoPaths.Root, relative);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = $"<!-- BEGIN GENERATED: {block} -->\n";
        var end = $"<!-- END GENERATED: {block} -->";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"{relative} has no generated '{block}' block");
        var generated = new StringWriter { NewLine = "\n" };
        write(generated);
        var expected = generated.ToString();
        var actual = text[(start + begin.Length)..stop];
        if (actual != expected && Environment.GetEnvironmentVariable("QMS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..(start + begin.Length)] + expected + text[stop..]);
            return;
        }
        Assert.True(actual == expected, $"{relative} '{block}' table is out of date: run `QMS_UPDATE_DOCS=1 dotnet test`.");
    }

}
