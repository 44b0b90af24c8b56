using System.Diagnostics;
using System.Text.Json;

namespace QuasiMarketSim.Cli.Tests;

/// <summary>
/// The Python and R examples (examples/) load a real run, comparison and sweep and redraw their figure. Running them
/// needs python3 with pandas and matplotlib, and R, so those tests are slow ones; the notebook's form is checked always.
/// </summary>
public sealed class ExamplesTests : CliHarness
{
    private static string Example(params string[] parts) => Path.Combine([RepoPaths.Root, "examples", .. parts]);

    [Fact]
    public void The_notebook_is_valid_nbformat_4_and_not_executed()
    {
        using var notebook = JsonDocument.Parse(File.ReadAllText(Example("python", "quasim_example.ipynb")));
        var root = notebook.RootElement;
        Assert.Equal(4, root.GetProperty("nbformat").GetInt32());
        Assert.True(root.GetProperty("nbformat_minor").GetInt32() >= 0);
        Assert.Equal("python3", root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
        var cells = root.GetProperty("cells").EnumerateArray().ToList();
        Assert.Contains(cells, c => c.GetProperty("cell_type").GetString() == "code");
        foreach (var cell in cells)
        {
            Assert.Contains(cell.GetProperty("cell_type").GetString(), new[] { "markdown", "code" });
            Assert.Equal(JsonValueKind.Object, cell.GetProperty("metadata").ValueKind);
            Assert.All(cell.GetProperty("source").EnumerateArray(), line => Assert.Equal(JsonValueKind.String, line.ValueKind));
            if (cell.GetProperty("cell_type").GetString() != "code") continue;
            Assert.Equal(JsonValueKind.Null, cell.GetProperty("execution_count").ValueKind);
            Assert.Empty(cell.GetProperty("outputs").EnumerateArray());
        }
        var code = string.Concat(cells.Where(c => c.GetProperty("cell_type").GetString() == "code")
            .SelectMany(c => c.GetProperty("source").EnumerateArray().Select(l => l.GetString())));
        foreach (var file in new[] { "ticks.csv", "summary.json", "comparison.csv", "points.csv" }) Assert.Contains(file, code, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void The_python_script_and_notebook_redraw_a_real_run_comparison_and_sweep()
    {
        var (run, compare, sweep) = Results();
        var python = new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(p => Exec(p, Root, "-c", "import pandas, matplotlib").Code == 0)
            ?? throw new InvalidOperationException("no python3 with pandas and matplotlib: apt-get install python3-pandas python3-matplotlib");
        var figure = Path.Combine(Root, "python.png");
        var (code, output) = Exec(python, Root, Example("python", "quasim_example.py"), run, compare, sweep, "--out", figure);
        Assert.True(code == 0, output);
        Assert.True(new FileInfo(figure).Length > 10_000, output);

        // The notebook's code cells, run in order against the same folders (as Jupyter would, without Jupyter).
        var script = Path.Combine(Root, "notebook.py");
        File.WriteAllText(script, $$"""
            import json, matplotlib
            matplotlib.use("Agg")
            cells = json.load(open({{JsonSerializer.Serialize(Example("python", "quasim_example.ipynb"))}}, encoding="utf-8"))["cells"]
            source = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
            for name, folder in [("baseline", {{JsonSerializer.Serialize(run)}}), ("compare", {{JsonSerializer.Serialize(compare)}}), ("sweep", {{JsonSerializer.Serialize(sweep)}})]:
                source = source.replace('Path("runs/%s")' % name, "Path(%r)" % folder)
            exec(compile(source, "quasim_example.ipynb", "exec"))
            import matplotlib.pyplot as plt
            plt.savefig({{JsonSerializer.Serialize(Path.Combine(Root, "notebook.png"))}})
            """);
        (code, output) = Exec(python, Root, script);
        Assert.True(code == 0, output);
        Assert.True(File.Exists(Path.Combine(Root, "notebook.png")), output);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void The_r_script_redraws_a_real_run_comparison_and_sweep()
    {
        var (run, compare, sweep) = Results();
        var figure = Path.Combine(Root, "r.png");
        var (code, output) = Exec("Rscript", Root, Example("r", "quasim_example.R"), run, compare, sweep, figure);
        Assert.True(code == 0, output);
        Assert.True(new FileInfo(figure).Length > 10_000, output);
    }

    /// <summary>A small run, comparison and sweep made by quasim itself.</summary>
    private (string Run, string Compare, string Sweep) Results()
    {
        Directory.CreateDirectory(Root);
        var run = Path.Combine(Root, "run");
        var compare = Path.Combine(Root, "compare");
        var sweep = Path.Combine(Root, "sweep");
        Assert.Equal(0, Run("run", RepoPaths.Scenario("baseline"), "--ticks", "24", "--quiet", "--out", run).Code);
        Assert.Equal(0, Run("compare", RepoPaths.Scenario("baseline"), RepoPaths.Scenario("transactional"), "-r", "3", "--ticks", "24", "--out", compare).Code);
        Assert.Equal(0, Run("sweep", RepoPaths.Scenario("mix-sweep"), "--ticks", "24", "--set", "sweep.replications=2", "--quiet", "--out", sweep).Code);
        return (run, compare, sweep);
    }

    private static (int Code, string Output) Exec(string program, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"{program} could not be started ({e.Message}): install it to run this example");
        }
    }
}
