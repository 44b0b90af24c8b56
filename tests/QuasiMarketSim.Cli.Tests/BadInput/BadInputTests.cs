namespace QuasiMarketSim.Cli.Tests.BadInput;

/// <summary>Runs one corpus case: exit code, message, no stack trace, and nothing changed but what it may write.</summary>
public abstract class BadInputTests
{
    protected static void Check(BadInputCase c)
    {
        if (c.UnixOnly && OperatingSystem.IsWindows()) return;
        using var box = new Sandbox();
        c.Prepare?.Invoke(box.Work);
        var before = box.Snapshot();
        var (code, stdout, stderr) = box.Run(c.Args);
        var after = box.Snapshot();
        var said = $"quasim {string.Join(' ', c.Args)}\nexit {code}\n--- stderr\n{stderr}--- stdout\n{stdout}";

        Assert.True(c.Exit == code, $"expected exit {c.Exit}\n{said}");
        var lines = (stderr + stdout).Split('\n');
        var found = c.Message.StartsWith("...", StringComparison.Ordinal)
            ? lines.Any(l => l.Contains(c.Message[3..], StringComparison.Ordinal))
            : lines.Any(l => l.StartsWith(c.Message, StringComparison.Ordinal));
        Assert.True(found, $"expected a line starting '{c.Message}'\n{said}");
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.True(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= c.MaxErrorLines, $"more than {c.MaxErrorLines} error lines\n{said[..Math.Min(said.Length, 3000)]}");
        if (c.MustNotSay is { } secret) Assert.DoesNotContain(secret, stdout + stderr, StringComparison.Ordinal);

        var allowed = c.Writes.Select(w => Path.Combine("work", w)).ToList();
        bool Allowed(string path) => allowed.Any(a => path == a || path.StartsWith(a + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        var changed = before.Keys.Union(after.Keys)
            .Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            // Folders that lie on the way to an allowed path (e.g. runs/) may appear.
            .Where(k => !Allowed(k) && !allowed.Any(a => a.StartsWith(k + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .ToList();
        Assert.True(changed.Count == 0, $"changed outside what the case may write: {string.Join(", ", changed)}\n{said}");
    }
}

public sealed class DataLossCases : BadInputTests
{
    [Theory]
    [MemberData(nameof(Corpus.DataLoss), MemberType = typeof(Corpus))]
    public void Case(BadInputCase c) => Check(c);
}

public sealed class ReadingCases : BadInputTests
{
    [Theory]
    [MemberData(nameof(Corpus.Reading), MemberType = typeof(Corpus))]
    public void Case(BadInputCase c) => Check(c);
}

public sealed class LimitCases : BadInputTests
{
    [Theory]
    [MemberData(nameof(Corpus.Limits), MemberType = typeof(Corpus))]
    public void Case(BadInputCase c) => Check(c);
}

public sealed class OptionCases : BadInputTests
{
    [Theory]
    [MemberData(nameof(Corpus.Options), MemberType = typeof(Corpus))]
    public void Case(BadInputCase c) => Check(c);
}

public sealed class ReplayCases : BadInputTests
{
    [Theory]
    [MemberData(nameof(Corpus.Replay), MemberType = typeof(Corpus))]
    public void Case(BadInputCase c) => Check(c);
}
