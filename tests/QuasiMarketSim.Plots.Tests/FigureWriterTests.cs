using System.CommandLine;
using ScottPlot;

namespace QuasiMarketSim.Plots.Tests;

/// <summary>Figures drawn from real outputs written by the program itself.</summary>
public sealed class FigureWriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "qms-plot-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private static string Quasim(params string[] args)
    {
        var error = new StringWriter();
        var code = QuasiMarketSim.Cli.Program.BuildRoot().Parse(args).Invoke(new InvocationConfiguration { Output = new StringWriter(), Error = error });
        Assert.True(code == 0, error.ToString());
        return args[Array.IndexOf(args, "--out") + 1];
    }

    private static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        int Int(int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
        return (Int(16), Int(20));
    }

    [Fact]
    public void Replications_give_a_band_a_mean_and_an_event_marker()
    {
        var dir = Quasim("run", RepoPaths.Scenario("structural-reform"), "-r", "4", "--ticks", "36", "--out", Path.Combine(_root, "reps"));
        var plot = TimeSeriesFigure.Create(new ResultsFolder(dir), "trust_mean");
        var kinds = plot.GetPlottables().Select(p => p.GetType().Name).ToList();
        Assert.Equal(1, kinds.Count(k => k.Contains("Fill", StringComparison.Ordinal)));
        Assert.Equal(1, kinds.Count(k => k.Contains("Scatter", StringComparison.Ordinal)));
        Assert.Equal(1, kinds.Count(k => k.Contains("VerticalLine", StringComparison.Ordinal)));
        var written = FigureWriter.Write(dir, ["trust_mean"], "png");
        Assert.Equal((FigureWriter.Width, FigureWriter.Height), PngSize(Assert.Single(written)));
        Assert.True(new FileInfo(written[0]).Length > 10_000, "a blank image would be tiny");
    }

    [Fact]
    public void Single_run_gives_one_line_per_metric_in_png_and_svg()
    {
        var dir = Quasim("run", RepoPaths.Scenario("baseline"), "--ticks", "12", "--quiet", "--out", Path.Combine(_root, "run"));
        var png = FigureWriter.Write(dir, [], "png");
        Assert.Equal(8, new ResultsFolder(dir).Headlines.Count);
        Assert.Equal(new ResultsFolder(dir).Headlines.Count + 4, png.Count);
        Assert.Equal(4, png.Count(p => Path.GetFileName(p).StartsWith("anatomy-", StringComparison.Ordinal)));
        var conditions = AnatomyFigures.Create(new ResultsFolder(dir)).Single(f => f.Name == "anatomy-conditions").Plot;
        // One bar per condition (six, parcelability included) per service line (three in the baseline world).
        Assert.Equal(18, conditions.GetPlottables().Count(p => p.GetType().Name.Contains("Bar", StringComparison.Ordinal)));
        var svg = FigureWriter.Write(dir, ["trust_mean"], "svg");
        Assert.Contains("<svg", File.ReadAllText(Assert.Single(svg)), StringComparison.Ordinal);
    }

    [Fact]
    public void Comparison_gives_a_forest_with_one_interval_per_headline_metric()
    {
        var dir = Quasim("compare", RepoPaths.Scenario("baseline"), RepoPaths.Scenario("transactional"), "-r", "3", "--ticks", "24", "--quiet", "--out", Path.Combine(_root, "cmp"));
        var plot = ForestFigure.Create(new ResultsFolder(dir));
        var markers = plot.GetPlottables().Count(p => p.GetType().Name.Contains("Marker", StringComparison.Ordinal));
        // Every headline metric has a row: an interval, or (where A is 0, here the share not seen early on) a note.
        var headlines = new ResultsFolder(dir).Headlines.Count;
        Assert.Equal(headlines, markers);
        // Every row prints its value in the metric's unit, as the console sentence does (not as a % of A).
        var values = plot.GetPlottables().OfType<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToList();
        Assert.Equal(headlines, values.Count);
        Assert.Contains(values, v => v[^1] == ']' && v.Contains("points", StringComparison.Ordinal));
        Assert.Contains(values, v => v.StartsWith("GBP", StringComparison.Ordinal));
        // The forest, then both arms' path of each headline metric.
        var figures = FigureWriter.Write(dir, [], "png");
        Assert.Equal(1 + headlines, figures.Count);
        Assert.All(figures, f => Assert.Equal((FigureWriter.Width, FigureWriter.Height), PngSize(f)));
    }

    [Fact]
    public void Sweep_two_parameter_grid_gives_a_heatmap_with_a_colour_bar()
    {
        var dir = Quasim("sweep", RepoPaths.Scenario("mix-sweep"), "--ticks", "12", "--set", "sweep.replications=2", "--quiet", "--out", Path.Combine(_root, "sweep"));
        var plot = SweepFigure.Create(new ResultsFolder(dir), "trust_mean");
        var kinds = plot.GetPlottables().Select(p => p.GetType().Name).ToList();
        Assert.Contains("Heatmap", kinds);
        Assert.Contains(plot.Axes.GetPanels(), p => p.GetType().Name == "ColorBar");
        Assert.Equal(new ResultsFolder(dir).Headlines.Count, FigureWriter.Write(dir, [], "png").Count);
    }

    [Fact]
    public void Sensitivity_gives_one_bar_and_interval_per_factor()
    {
        var dir = Quasim("sensitivity", RepoPaths.Scenario("mix-sweep"), "--ticks", "12", "--set", "sensitivity.trajectories=3", "--quiet", "--out", Path.Combine(_root, "sens"));
        var plot = SensitivityFigure.Create(new ResultsFolder(dir), "trust_mean");
        Assert.Equal(4, plot.GetPlottables().Count(p => p.GetType().Name.Contains("Bar", StringComparison.Ordinal)));
        Assert.Equal(4, FigureWriter.Write(dir, [], "png").Count);
    }

    [Fact]
    public void Report_has_its_sections_in_order_embeds_figures_and_needs_no_network()
    {
        var reps = Quasim("run", RepoPaths.Scenario("structural-reform"), "-r", "3", "--ticks", "30", "--quiet", "--out", Path.Combine(_root, "reps"));
        var cmp = Quasim("compare", RepoPaths.Scenario("baseline"), RepoPaths.Scenario("transactional"), "-r", "3", "--ticks", "24", "--quiet", "--out", Path.Combine(_root, "cmp"));
        var report = Path.Combine(_root, "report.html");
        var error = new StringWriter();
        Assert.Equal(0, QuasiMarketSim.Cli.Program.BuildRoot().Parse(["report", reps, cmp, "--out", report]).Invoke(new InvocationConfiguration { Output = new StringWriter(), Error = error }));
        var html = File.ReadAllText(report);
        var headings = System.Text.RegularExpressions.Regex.Matches(html, "<h2>([^<]*)</h2>").Select(m => m.Groups[1].Value).ToList();
        // Question, findings, figures in the order of the findings, then methods.
        Assert.Equal(["The question", "Findings", "Figures", "Methods"], headings);
        var subheadings = System.Text.RegularExpressions.Regex.Matches(html, "<h3>([^<]*)</h3>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Scenarios and what differs", "How the figures were made", "Assumptions", "Reproducibility"], subheadings);
        // The replications' headline paths, then the comparison's forest and both arms' paths.
        var headlines = new ResultsFolder(reps).Headlines.Count;
        Assert.Equal(headlines + 1 + headlines, System.Text.RegularExpressions.Regex.Count(html, "<img [^>]*src=\"data:image/png;base64,"));
        // Captions are sentences, not file names.
        var captions = System.Text.RegularExpressions.Regex.Matches(html, "<figcaption>([^<]*)</figcaption>").Select(m => m.Groups[1].Value).ToList();
        Assert.All(captions, c => Assert.Matches(@"^Figure \d+\. [A-Z].*\.$", c));
        Assert.DoesNotContain(captions, c => c.Contains('_', StringComparison.Ordinal));
        // The report draws what it needs and leaves the results folders as they were.
        Assert.False(Directory.Exists(Path.Combine(cmp, "figures")));
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
        Assert.Contains("<code>commissioning.relational_mix</code>", html, StringComparison.Ordinal);
        var manifestHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(reps, "manifest.json"))));
        Assert.Contains(manifestHash, html, StringComparison.Ordinal);
        // The comparison's plain-language sentence is in the findings, whatever it finds.
        var sentence = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(cmp, "summary.json"))).RootElement.GetProperty("summary").GetString()!;
        Assert.StartsWith("transactional ", sentence, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(sentence), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlay_draws_a_band_and_a_mean_per_scenario_and_refuses_comparisons()
    {
        var a = Quasim("run", RepoPaths.Scenario("baseline"), "-r", "3", "--ticks", "30", "--quiet", "--out", Path.Combine(_root, "a"));
        var b = Quasim("run", RepoPaths.Scenario("structural-reform"), "-r", "3", "--ticks", "30", "--quiet", "--out", Path.Combine(_root, "b"));
        var plot = TimeSeriesFigure.Create([new ResultsFolder(a), new ResultsFolder(b)], "trust_mean");
        var kinds = plot.GetPlottables().Select(p => p.GetType().Name).ToList();
        Assert.Equal(2, kinds.Count(k => k.Contains("Fill", StringComparison.Ordinal)));
        Assert.Equal(2, kinds.Count(k => k.Contains("Scatter", StringComparison.Ordinal)));
        var written = FigureWriter.WriteOverlay([a, b], ["trust_mean"], "png", Path.Combine(_root, "overlay"));
        Assert.Equal((FigureWriter.Width, FigureWriter.Height), PngSize(Assert.Single(written)));
        var cmp = Quasim("compare", RepoPaths.Scenario("baseline"), RepoPaths.Scenario("transactional"), "-r", "2", "--ticks", "12", "--quiet", "--out", Path.Combine(_root, "cmp"));
        Assert.Throws<ArgumentException>(() => FigureWriter.WriteOverlay([a, cmp], [], "png", Path.Combine(_root, "x")));
    }

    [Fact]
    public void Calibration_gives_targets_against_prior_and_posterior_every_parameter_and_the_most_informed_ones_histograms()
    {
        var dir = Quasim("calibrate", RepoPaths.Scenario("transactional"), "--samples", "100", "--set", "world.commissioners=8", "--set",
            "world.practices_per_commissioner=2", "--set", "world.patients_per_practice=100", "--ticks", "36", "--parameters",
            "transaction_costs.tender_cost,transaction_costs.incompleteness_cost", "--quiet", "--out", Path.Combine(_root, "cal"));
        var folder = new ResultsFolder(dir);
        Assert.Equal("calibrate", folder.Kind);
        var figures = CalibrationFigures.Create(folder);
        Assert.Equal(["calibration-targets", "calibration-parameters", "calibration-posterior-1-transaction_costs-tender_cost",
            "calibration-posterior-2-transaction_costs-incompleteness_cost"], figures.Select(f => f.Name));
        // Six targets, each an observed, a prior and a posterior interval (a line and a marker each).
        var targets = figures[0].Plot.GetPlottables().Select(p => p.GetType().Name).ToList();
        Assert.Equal(6 * 3, targets.Count(k => k.Contains("LinePlot", StringComparison.Ordinal)));
        Assert.Equal(6 * 3, targets.Count(k => k.Contains("Marker", StringComparison.Ordinal)));
        // Two parameters, a prior and a posterior interval each, and the line at the scenario's value.
        Assert.Equal(2 * 2, figures[1].Plot.GetPlottables().Count(p => p.GetType().Name.Contains("LinePlot", StringComparison.Ordinal)));
        Assert.Equal(2, figures[2].Plot.GetPlottables().Count(p => p.GetType().Name.Contains("Scatter", StringComparison.Ordinal)));
        Assert.Equal((FigureWriter.Width, 160 + 26 * 2), PngSize(Path.Combine(dir, "figures", "calibration-parameters.png")));
        // The report sets out the targets before and after.
        Quasim("report", dir, "--out", Path.Combine(_root, "cal.html"));
        var html = File.ReadAllText(Path.Combine(_root, "cal.html"));
        Assert.Contains("<td>tendered_spend_share</td><td>held out</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_results_is_refused_clearly()
    {
        Directory.CreateDirectory(_root);
        var e = Assert.Throws<InvalidDataException>(() => new ResultsFolder(_root));
        Assert.Contains("no results quasim can plot", e.Message, StringComparison.Ordinal);
    }
}
