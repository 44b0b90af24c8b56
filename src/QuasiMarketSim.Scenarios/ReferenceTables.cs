using System.Globalization;
using QuasiMarketSim.Model.Metrics;
using QuasiMarketSim.Model.Specs;

namespace QuasiMarketSim.Scenarios;

/// <summary>
/// The reference tables of parameters and metrics, generated from their declarations: `quasim describe` prints them,
/// docs/ODD.md and docs/outputs.md hold them (a test checks they match).
/// </summary>
public static class ReferenceTables
{
    /// <summary>The parameter and metric tables in Markdown.</summary>
    public static void WriteMarkdown(TextWriter o)
    {
        WriteParameterTable(o);
        o.WriteLine();
        WriteMetricTable(o);
    }

    /// <summary>The parameter table in Markdown (docs/ODD.md holds this output).</summary>
    public static void WriteParameterTable(TextWriter o)
    {
        o.WriteLine("| parameter | default | unit | range | uncertainty | meaning | source |");
        o.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var f in ScenarioSchema.AllParameters)
        {
            var source = f.Prior is { } prior ? $"{f.Source} Spread: {prior.Source}" : f.Source;
            o.WriteLine($"| `{f.Path}` | {Default(f)} | {f.Unit} | {Range(f)} | {Uncertainty(f)} | {Cell(f.Meaning)} | {Cell(source)} |");
        }
        foreach (var list in ScenarioSchema.Lists)
        {
            foreach (var f in list.Fields) o.WriteLine($"| `{list.Name}[].{f.Name}` | {Default(f)} | {f.Unit} | {Range(f)} | | {Cell(f.Meaning)} | {Cell(f.Source)} |");
        }
    }

    /// <summary>The metric table in Markdown (docs/outputs.md holds this output).</summary>
    public static void WriteMetricTable(TextWriter o)
    {
        o.WriteLine("| metric | label | unit | kind | concern | meaning |");
        o.WriteLine("|---|---|---|---|---|---|");
        foreach (var m in MetricCatalog.Core) o.WriteLine($"| `{m.Name}` | {m.Label} | {m.Unit} | {Kind(m)} | {m.Group} | {Cell(m.Meaning)} |");
        o.WriteLine($"| `<indicator>_<line>` | | 0-1 | share | conditions | Each of {string.Join(", ", MetricCatalog.PerLine.Select(n => $"`{n}`"))} per service line. |");
        o.WriteLine("| `staff_vacancy_rate_<category>` | | 0-1 | share | staff | Vacancy rate per staff category. |");
        o.WriteLine();
        o.WriteLine($"Headline metrics, in the order every summary reports them: {string.Join(", ", MetricCatalog.Headlines.Select(h => $"`{h.Name}`"))}.");
    }

    /// <summary>The per-area metrics (areas.csv) in Markdown, with how each recombines into the whole (docs/outputs.md holds this output).</summary>
    public static void WriteAreaMetricTable(TextWriter o)
    {
        o.WriteLine("| metric | unit | kind | the whole from the areas |");
        o.WriteLine("|---|---|---|---|");
        foreach (var m in AreaCatalog.Metrics) o.WriteLine($"| `{m.Name}` | {m.Unit} | {Kind(m)} | {Cell(AreaCatalog.Recombination(m.Name))} |");
    }

    /// <summary>The mechanism switches of `quasim compare --explain` in Markdown (docs/ODD.md holds this output).</summary>
    public static void WriteMechanismTable(TextWriter o)
    {
        o.WriteLine("| mechanism | what it does | switched off by |");
        o.WriteLine("|---|---|---|");
        foreach (var s in Model.Parameters.MechanismSwitches.All) o.WriteLine($"| `{s.Name}` | {Cell(s.Meaning)} | {string.Join(", ", s.Off.Select(x => $"`{x}`"))} |");
    }

    /// <summary>Every parameter and metric as plain text, section by section (what `quasim describe` prints).</summary>
    public static void WriteText(TextWriter o)
    {
        o.WriteLine("PARAMETERS (set in a scenario file, or with --set path=value)");
        foreach (var section in ScenarioSchema.Sections)
        {
            o.WriteLine();
            Heading(o, $"{section.Name}: {section.Meaning}");
            foreach (var f in section.Fields) Row(o, $"  {f.Path,-42} {Default(f),-14} {f.Unit,-24} {Range(f)}", f.Meaning);
        }
        foreach (var list in ScenarioSchema.Lists)
        {
            o.WriteLine();
            Heading(o, $"{list.Name}[]: {list.Meaning}");
            foreach (var f in list.Fields) Row(o, $"  {f.Name,-42} {Default(f),-14} {f.Unit,-24} {Range(f)}", f.Meaning);
        }
        foreach (var block in new[] { ExperimentBlocks.Sweep, ExperimentBlocks.Sensitivity })
        {
            o.WriteLine();
            Heading(o, $"{block.Name}: {block.Meaning}");
            foreach (var f in block.Fields) Row(o, $"  {f.Path,-42} {Default(f),-14} {f.Unit,-24} {Range(f)}", f.Meaning);
            foreach (var f in ExperimentBlocks.Factors.Fields) Row(o, $"  {block.Name + ".parameters[]." + f.Name,-42} {Default(f),-14} {f.Unit,-24} {Range(f)}", f.Meaning);
        }
        o.WriteLine();
        Heading(o, $"{ExperimentBlocks.Uncertainty.Name}[]: {ExperimentBlocks.Uncertainty.Meaning}");
        foreach (var f in ExperimentBlocks.Uncertainty.Fields) Row(o, $"  {f.Name,-42} {Default(f),-14} {f.Unit,-24} {Range(f)}", f.Meaning);
        o.WriteLine();
        o.WriteLine("UNCERTAIN PARAMETERS (drawn by --psa around the scenario's value; the prior of quasim calibrate)");
        foreach (var f in ScenarioSchema.AllParameters.Where(f => f.Prior is not null)) Row(o, $"  {f.Path,-42} {Uncertainty(f)}", f.Prior!.Source);
        o.WriteLine();
        o.WriteLine("MECHANISMS (switch one off in both arms: quasim compare A B --explain --mechanisms NAME)");
        foreach (var s in Model.Parameters.MechanismSwitches.All) Row(o, $"  {s.Name}", $"{s.Meaning} Off: {string.Join(" ", s.Off)}");
        o.WriteLine();
        o.WriteLine("METRICS (columns of ticks.csv; units also in docs/outputs.md)");
        foreach (var m in MetricCatalog.Core) Row(o, $"  {m.Name,-28} {m.Unit}", m.Meaning);
        o.WriteLine($"  <indicator>_<service line> for {string.Join(", ", MetricCatalog.PerLine)}; staff_vacancy_rate_<staff category>");
        o.WriteLine();
        o.WriteLine("PER-AREA METRICS (columns of areas.csv, after tick, area, name: with an \"areas\" list or run --per-area)");
        foreach (var m in AreaCatalog.Metrics) Row(o, $"  {m.Name,-28} {m.Unit}", AreaCatalog.Recombination(m.Name));
    }

    /// <summary>Width of describe's text: rows are wrapped to it so a terminal never folds them mid-word.</summary>
    public const int TextWidth = 110;

    /// <summary>
    /// One row of describe's text: the columns on the first line, and the explanation below them, indented and wrapped at
    /// <see cref="TextWidth"/> (a meaning or a source can run to hundreds of characters).
    /// </summary>
    private static void Row(TextWriter o, string columns, string text)
    {
        o.WriteLine(columns.TrimEnd());
        const string indent = "      ";
        var line = new System.Text.StringBuilder(indent);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > indent.Length && line.Length + 1 + word.Length > TextWidth)
            {
                o.WriteLine(line.ToString());
                line.Clear().Append(indent);
            }
            if (line.Length > indent.Length) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > indent.Length) o.WriteLine(line.ToString());
    }

    /// <summary>A section's heading, wrapped at <see cref="TextWidth"/> with its continuation indented.</summary>
    private static void Heading(TextWriter o, string text)
    {
        var words = text.Split(' ');
        var line = words[0];
        foreach (var word in words.Skip(1))
        {
            if (line.Length + 1 + word.Length > TextWidth)
            {
                o.WriteLine(line);
                line = "  " + word;
            }
            else line += " " + word;
        }
        o.WriteLine(line);
    }

    /// <summary>The declared uncertainty of a parameter ("gamma, sd 0.07"), or "" when it is held fixed.</summary>
    public static string Uncertainty(FieldSpec f) => f.Prior is { } p
        ? string.Create(CultureInfo.InvariantCulture, $"{p.Family.ToString().ToLowerInvariant()}, sd {p.Sd:G4}")
        : "";

    private static string Default(FieldSpec f) => f.Default switch
    {
        null when f.Overrides is { } section => "(" + section[..section.IndexOf('.', StringComparison.Ordinal)] + ")",
        null => f.Optional ? "(derived)" : "(required)",
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        string[] names => string.Join(", ", names),
        var v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Range(FieldSpec f) => f.Kind switch
    {
        ValueKind.Number or ValueKind.Integer when f.Min <= double.MinValue => "any",
        ValueKind.Number or ValueKind.Integer => f.Max >= long.MaxValue / 2 ? $">= {f.Min.ToString(CultureInfo.InvariantCulture)}" : $"{f.Min.ToString(CultureInfo.InvariantCulture)} to "
            + $"{f.Max.ToString(CultureInfo.InvariantCulture)}",
        ValueKind.Choice => string.Join(" / ", f.Choices),
        ValueKind.ChoiceSet => "any of " + string.Join(" / ", f.Choices),
        ValueKind.NumberList => "numbers",
        ValueKind.TextList => "text items",
        ValueKind.Boolean => "true / false",
        _ => "text",
    };

    private static string Kind(MetricInfo m) => m.Kind.ToString().ToLowerInvariant();

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
