using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Runners.Tests;

/// <summary>A results folder replaces only what quasim wrote; a second writer is refused; killed runs leave nothing for long.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "qms-output-tests", Guid.NewGuid().ToString("N"));

    public OutputFolderTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private string P(string name) => Path.Combine(_root, name);

    private static RunRequest Tiny(string output) =>
        new(Path.Combine(RepoPaths.Root, "scenarios", "baseline.jsonc"), [], Ticks: 2, OutputDirectory: output);

    [Fact]
    public void A_folder_without_a_quasim_manifest_is_never_replaced()
    {
        Directory.CreateDirectory(P("mine"));
        File.WriteAllText(P("mine/thesis.txt"), "mine");
        File.WriteAllText(P("mine/manifest.json"), """{ "program": "other" }""");
        var e = Assert.Throws<InputException>(() => RunExecutor.Execute(Tiny(P("mine"))));
        Assert.Contains("was not written by quasim", e.Message, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(P("mine/thesis.txt")));
    }

    [Fact]
    public void A_quasim_folder_is_replaced_with_its_figures_and_report_but_not_with_a_file_of_the_users()
    {
        RunExecutor.Execute(Tiny(P("r")));
        Directory.CreateDirectory(P("r/figures"));
        File.WriteAllText(P("r/figures/trust_mean.png"), "png");
        File.WriteAllText(P("r/report.html"), "html");
        Assert.Null(OutputFolder.WhyNotReplaceable(P("r")));
        RunExecutor.Execute(Tiny(P("r")));
        Assert.False(Directory.Exists(P("r/figures")));

        File.WriteAllText(P("r/figures.txt"), "mine");
        Assert.Contains("figures.txt", OutputFolder.WhyNotReplaceable(P("r")), StringComparison.Ordinal);
        Assert.Throws<InputException>(() => RunExecutor.Execute(Tiny(P("r"))));
        File.Delete(P("r/figures.txt"));

        // A figures folder holding anything but figures is the user's too.
        Directory.CreateDirectory(P("r/figures"));
        File.WriteAllText(P("r/figures/notes.md"), "mine");
        Assert.NotNull(OutputFolder.WhyNotReplaceable(P("r")));
    }

    [Fact]
    public void A_symbolic_link_inside_a_quasim_folder_is_not_followed_or_removed()
    {
        if (OperatingSystem.IsWindows()) return;
        RunExecutor.Execute(Tiny(P("r")));
        Directory.CreateDirectory(P("elsewhere"));
        File.WriteAllText(P("elsewhere/keep.txt"), "keep");
        Directory.CreateSymbolicLink(P("r/figures"), P("elsewhere"));
        Assert.Throws<InputException>(() => RunExecutor.Execute(Tiny(P("r"))));
        Assert.Equal("keep", File.ReadAllText(P("elsewhere/keep.txt")));
    }

    [Fact]
    public void An_empty_folder_may_receive_results()
    {
        Directory.CreateDirectory(P("empty"));
        Assert.True(File.Exists(Path.Combine(RunExecutor.Execute(Tiny(P("empty"))).OutputDirectory, "ticks.csv")));
    }

    [Fact]
    public void A_second_writer_of_the_same_folder_is_refused_until_the_first_is_done()
    {
        var target = Path.GetFullPath(P("busy"));
        using (OutputLock.Acquire(target))
        {
            var e = Assert.Throws<InputException>(() => RunExecutor.Execute(Tiny(target)));
            Assert.Contains("is being written by another quasim process", e.Message, StringComparison.Ordinal);
            Assert.False(Directory.Exists(target));
        }
        RunExecutor.Execute(Tiny(target));
        Assert.False(File.Exists(OutputLock.PathOf(target)), "the lock file goes with the lock");
    }

    [Fact]
    public void Leftovers_of_killed_runs_are_removed_and_nothing_else()
    {
        var stale = P(".a.partial-999999-" + new string('b', 32));
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, ".quasim-partial"), "");
        File.WriteAllText(Path.Combine(stale, "ticks.csv"), "half");
        var lookalike = P(".b.partial-999999-" + new string('c', 32));
        Directory.CreateDirectory(lookalike);
        File.WriteAllText(Path.Combine(lookalike, "mine.txt"), "mine");
        var busy = P(".c.partial-999999-" + new string('d', 32));
        Directory.CreateDirectory(busy);
        File.WriteAllText(Path.Combine(busy, ".quasim-partial"), "");

        using (OutputLock.Acquire(P("c")))
        {
            var removed = AtomicDirectory.RemoveLeftovers(_root);
            Assert.Equal([stale], removed);
        }
        Assert.True(Directory.Exists(lookalike), "a folder without the marker is not quasim's");
        Assert.True(Directory.Exists(busy), "a folder whose target is being written is in use");
        Assert.Equal([busy], AtomicDirectory.RemoveLeftovers(_root));
    }

    [Fact]
    public void A_failed_run_leaves_no_temporary_folder()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => RunExecutor.Execute(Tiny(P("x")), cancellation: cancel.Token));
        Assert.Empty(Directory.GetFileSystemEntries(_root));
    }
}
