using System.Text.Json;
using QuasiMarketSim.Core.Recording;
using QuasiMarketSim.Runners;

namespace QuasiMarketSim.Explorer.Tests;

/// <summary>Rows as the page receives them, turned back into a ticks.csv to compare with what `quasim run` writes.</summary>
internal static class MonthRows
{
    public static double[] Values(JsonElement row, string field = "values") =>
        [.. row.GetProperty(field).EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? double.Parse(v.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : v.GetDouble())];

    /// <summary>Writes <paramref name="rows"/> through the same writer as `quasim run` and returns the file's bytes.</summary>
    public static byte[] TicksCsv(IReadOnlyList<string> columns, IEnumerable<double[]> rows, string folder)
    {
        var table = new MetricTable(columns);
        foreach (var row in rows) table.Add(row);
        var path = Path.Combine(folder, "explorer-ticks.csv");
        ResultsWriter.WriteTicks(path, table);
        return File.ReadAllBytes(path);
    }

    /// <summary>Runs <paramref name="scenarioText"/> through `quasim run`'s path and returns its ticks.csv bytes.</summary>
    public static byte[] RunSaved(string scenarioText, string folder)
    {
        var file = Path.Combine(folder, "saved.jsonc");
        File.WriteAllText(file, scenarioText);
        Assert.Empty(Scenarios.ScenarioLoader.Validate(file, []));
        var result = RunExecutor.Execute(new RunRequest(file, [], OutputDirectory: Path.Combine(folder, "run")));
        return File.ReadAllBytes(Path.Combine(result.OutputDirectory, "ticks.csv"));
    }
}
