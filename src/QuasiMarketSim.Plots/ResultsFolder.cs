using System.Text.Json;

namespace QuasiMarketSim.Plots;

/// <summary>What kind of results a folder holds, and the metadata figures need (units, events, scenario name).</summary>
public sealed class ResultsFolder
{
    private readonly JsonElement? _summary;
    private readonly JsonElement? _manifest;

    /// <summary>Opens the results folder at <paramref name="path"/>; throws when it holds no results quasim can plot.</summary>
    public ResultsFolder(string path)
    {
        Path = path;
        if (!Directory.Exists(path)) throw new DirectoryNotFoundException($"no results folder at {path}");
        Kind = File.Exists(Combine("uncertainty.csv")) ? "psa"
            : File.Exists(Combine("comparison.csv")) ? "compare"
            : File.Exists(Combine("sensitivity.csv")) ? "sensitivity"
            : File.Exists(Combine("posterior.csv")) && File.Exists(Combine("targets.csv")) ? "calibrate"
            : File.Exists(Combine("points.csv")) ? "sweep"
            : File.Exists(Combine("aggregate.csv")) ? "replications"
            : File.Exists(Combine("ticks.csv")) ? "run"
            : File.Exists(Combine("scaling.csv")) ? "bench"
            : throw new InvalidDataException($"{path} holds no results quasim can plot (ticks.csv, aggregate.csv, comparison.csv, points.csv, sensitivity.csv, posterior.csv or scaling.csv)");
        _summary = Load("summary.json");
        _manifest = Load("manifest.json");
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>"run", "replications", "compare", "psa", "sweep", "sensitivity", "calibrate" or "bench".</summary>
    public string Kind { get; }

    /// <summary>A file in the folder.</summary>
    public string Combine(string file) => System.IO.Path.Combine(Path, file);

    /// <summary>The scenario's name (or "A vs B" for a comparison).</summary>
    public string Scenario => Kind == "compare"
        ? $"{Text(_summary, "b")} vs {Text(_summary, "a")}"
        : Text(_summary, "scenario") ?? ManifestScenario() ?? System.IO.Path.GetFileName(Path);

    private string? ManifestScenario() =>
        _manifest is { } m && m.TryGetProperty("scenarios", out var s) && s.GetArrayLength() > 0 ? s[0].GetProperty("name").GetString() : null;

    /// <summary>
    /// The headline metrics, in order, as the results record them (summary.json's "headlines", written from the model's
    /// one list); for results without that list, the first six metrics of the summary.
    /// </summary>
    public IReadOnlyList<string> Headlines =>
        _summary is { } s && s.TryGetProperty("headlines", out var h) ? [.. h.EnumerateArray().Select(x => x.GetString() ?? "")]
        : _summary is { } t && t.TryGetProperty("metrics", out var m) ? [.. m.EnumerateObject().Take(6).Select(p => p.Name)]
        : [];

    /// <summary>The label of a metric for people, from summary.json (the name with spaces when unknown).</summary>
    public string Label(string metric) =>
        _summary is { } s && s.TryGetProperty("metrics", out var m) && m.TryGetProperty(metric, out var x) && x.TryGetProperty("label", out var l)
            ? l.GetString() ?? metric : metric.Replace('_', ' ');

    /// <summary>The unit of a metric, from summary.json ("" if unknown).</summary>
    public string Unit(string metric) =>
        _summary is { } s && s.TryGetProperty("metrics", out var m) && m.TryGetProperty(metric, out var x) && x.TryGetProperty("unit", out var u) ? u.GetString() ?? "" : "";

    /// <summary>
    /// The unit of a metric's whole-run value: a flow's is its total over the run ("GBP per month" becomes "GBP, total
    /// over the run"); a level's or share's is its own (the run's mean).
    /// </summary>
    public string WholeRunUnit(string metric)
    {
        var unit = Unit(metric);
        var flow = _summary is { } s && s.TryGetProperty("metrics", out var m) && m.TryGetProperty(metric, out var x) && x.TryGetProperty("kind", out var k)
            && k.GetString() == "flow";
        return flow ? unit.Replace(" per month", "", StringComparison.Ordinal) + ", total over the run" : unit;
    }

    /// <summary>Which way is better for a metric (+1 higher, -1 lower, 0 neither), from summary.json.</summary>
    public int Better(string metric) =>
        _summary is { } s && s.TryGetProperty("metrics", out var m) && m.TryGetProperty(metric, out var x) && x.TryGetProperty("better", out var b)
            ? b.GetString() == "higher" ? 1 : -1 : 0;

    /// <summary>True for shares and 0-1 indices (their intervals are built on the logit scale).</summary>
    public bool IsBounded(string metric) => Unit(metric) is "share" or "0-1";

    /// <summary>The fully resolved scenarios recorded in the manifest, with their names.</summary>
    public IReadOnlyList<(string Name, JsonElement Resolved)> ResolvedScenarios()
    {
        if (_manifest is not { } m) return [];
        if (m.TryGetProperty("scenario", out var one) && one.TryGetProperty("resolved", out var r))
            return [(r.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "", r)];
        if (m.TryGetProperty("scenarios", out var many))
            return [.. many.EnumerateArray().Select(s => (s.GetProperty("name").GetString() ?? "", s.GetProperty("resolved")))];
        return [];
    }

    /// <summary>Scheduled events (recorded tick, type) from the resolved scenario in the manifest.</summary>
    public IReadOnlyList<(int Tick, string Type)> Events()
    {
        if (_manifest is not { } m) return [];
        JsonElement resolved;
        if (m.TryGetProperty("scenario", out var one) && one.TryGetProperty("resolved", out var r)) resolved = r;
        else if (m.TryGetProperty("scenarios", out var many) && many.GetArrayLength() > 0) resolved = many[0].GetProperty("resolved");
        else return [];
        return resolved.TryGetProperty("events", out var events)
            ? [.. events.EnumerateArray().Select(e => (e.GetProperty("tick").GetInt32(), e.GetProperty("type").GetString() ?? ""))]
            : [];
    }

    private JsonElement? Load(string file) => File.Exists(Combine(file)) ? JsonDocument.Parse(File.ReadAllText(Combine(file))).RootElement.Clone() : null;

    private static string? Text(JsonElement? e, string name) => e is { } x && x.TryGetProperty(name, out var v) ? v.GetString() : null;
}
