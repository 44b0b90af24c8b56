using System.Globalization;
using System.Text.Json;

namespace QuasiMarketSim.Runners.Tests;

/// <summary>Per-area outputs: areas.csv and the "areas" block of summary.json, written when a scenario sets areas apart or when asked.</summary>
public sealed class AreaOutputTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "qms-area-output-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private RunResult Run(string scenario, string folder, bool perArea = false, int threads = 1, int ticks = 24) =>
        RunExecutor.Execute(new RunRequest(RepoPaths.Scenario(scenario), [], Ticks: ticks, Threads: threads, OutputDirectory: Path.Combine(_root, folder), PerArea: perArea));

    private static byte[] Bytes(RunResult r, string file) => File.ReadAllBytes(Path.Combine(r.OutputDirectory, file));

    private static JsonElement Json(RunResult r, string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(r.OutputDirectory, file))).RootElement;

    [Fact]
    public void A_scenario_without_areas_writes_none_unless_asked_and_asking_changes_no_other_output()
    {
        var plain = Run("baseline", "plain");
        Assert.False(File.Exists(Path.Combine(plain.OutputDirectory, "areas.csv")));
        Assert.False(Json(plain, "summary.json").TryGetProperty("areas", out _));
        Assert.Null(plain.Areas);

        var asked = Run("baseline", "asked", perArea: true);
        Assert.True(File.Exists(Path.Combine(asked.OutputDirectory, "areas.csv")));
        Assert.Equal(Bytes(plain, "ticks.csv"), Bytes(asked, "ticks.csv"));
        Assert.Equal(Bytes(plain, "anatomy.json"), Bytes(asked, "anatomy.json"));
        // summary.json gains the "areas" block and nothing else.
        Assert.Equal(Json(plain, "summary.json").GetProperty("metrics").GetRawText(), Json(asked, "summary.json").GetProperty("metrics").GetRawText());
        Assert.Equal(["", "", ""], asked.Areas!.Select(a => a.Name));
        Assert.Equal(JsonValueKind.Null, Json(asked, "summary.json").GetProperty("areas")[0].GetProperty("name").ValueKind);
    }

    [Fact]
    public void Three_commissioners_writes_a_row_per_month_and_area_named_as_the_scenario_names_them()
    {
        var r = Run("three-commissioners", "three");
        var lines = File.ReadAllLines(Path.Combine(r.OutputDirectory, "areas.csv"));
        Assert.StartsWith("tick,area,name,patients,contracts,relational_mix,trust_mean,", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 24 * 3, lines.Length);
        Assert.StartsWith("0,0,relational,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("0,1,mixed,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("23,2,transactional,", lines[^1], StringComparison.Ordinal);
        var manifest = Json(r, "manifest.json");
        Assert.Equal(ResultsWriter.HashFile(Path.Combine(r.OutputDirectory, "areas.csv")), manifest.GetProperty("outputs_sha256").GetProperty("areas.csv").GetString());

        var summary = Json(r, "summary.json");
        var areas = summary.GetProperty("areas").EnumerateArray().ToList();
        Assert.Equal(["relational", "mixed", "transactional"], areas.Select(a => a.GetProperty("name").GetString()));
        // Each area keeps its own mix; whole-run totals of flows add up to the run's.
        Assert.Equal([0.9, 0.5, 0.2], areas.Select(a => a.GetProperty("metrics").GetProperty("relational_mix").GetProperty("final").GetDouble()));
        foreach (var flow in new[] { "unplanned_admissions", "tenders", "spend", "commissioner_cost" })
        {
            var whole = summary.GetProperty("metrics").GetProperty(flow).GetProperty("total").GetDouble();
            var parts = areas.Sum(a => a.GetProperty("metrics").GetProperty(flow).GetProperty("total").GetDouble());
            Assert.True(Math.Abs(parts - whole) <= 1e-9 * Math.Max(1, Math.Abs(whole)), $"{flow}: areas {parts.ToString("R", CultureInfo.InvariantCulture)}, whole {whole}");
        }
    }

    [Fact]
    public void Per_area_outputs_are_byte_identical_at_one_and_two_threads()
    {
        var one = Run("three-commissioners", "one", threads: 1, ticks: 12);
        var two = Run("three-commissioners", "two", threads: 2, ticks: 12);
        foreach (var file in new[] { "ticks.csv", "areas.csv", "summary.json" }) Assert.Equal(Bytes(one, file), Bytes(two, file));
    }
}
