using System.Globalization;
using System.Text.RegularExpressions;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Runners;

/// <summary>
/// Writes a results folder under a hidden temporary name beside the target and renames it into place only when
/// every file is complete, so a failed or interrupted run never leaves a half-written result. The target is
/// checked (<see cref="OutputFolder.Check"/>) and claimed (<see cref="OutputLock"/>) when this is created, before
/// any work, and checked again at <see cref="Commit"/>. Temporary folders left by killed processes are removed.
/// </summary>
public sealed partial class AtomicDirectory : IDisposable
{
    /// <summary>Marks a temporary folder as quasim's, so only such folders are ever cleaned up.</summary>
    private const string PartialMarker = ".quasim-partial";

    private readonly OutputLock _lock;
    private bool _committed;

    /// <summary>Checks and claims <paramref name="target"/> and creates the temporary folder; throws <see cref="InputException"/> when the target cannot be used.</summary>
    public AtomicDirectory(string target)
    {
        Target = OutputFolder.Check(target);
        _lock = OutputLock.Acquire(Target);
        try
        {
            OutputFolder.Check(target);
            var parent = Path.GetDirectoryName(Target) ?? ".";
            RemoveLeftovers(parent, Target);
            WorkingPath = Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(Target)}.partial-{Environment.ProcessId}-{Guid.NewGuid():N}"));
            Directory.CreateDirectory(WorkingPath);
            File.WriteAllText(Path.Combine(WorkingPath, PartialMarker), "");
        }
        catch
        {
            _lock.Dispose();
            throw;
        }
    }

    /// <summary>Where the results end up (a full path).</summary>
    public string Target { get; }

    /// <summary>Where files are written until <see cref="Commit"/>.</summary>
    public string WorkingPath { get; }

    /// <summary>A path inside the working folder.</summary>
    public string PathOf(string fileName) => Path.Combine(WorkingPath, fileName);

    /// <summary>Moves the finished folder into place, replacing an earlier quasim result at the same path.</summary>
    public void Commit()
    {
        File.Delete(Path.Combine(WorkingPath, PartialMarker));
        string? old = null;
        if (Directory.Exists(Target))
        {
            if (OutputFolder.WhyNotReplaceable(Target) is { } why)
                throw new InputException($"{Target} changed while the results were being made and now {why}: nothing was written there");
            old = Path.Combine(Path.GetDirectoryName(Target) ?? ".", $".{Path.GetFileName(Target)}.old-{Guid.NewGuid():N}");
            Directory.Move(Target, old);
        }
        Directory.Move(WorkingPath, Target);
        _committed = true;
        if (old is not null) Directory.Delete(old, recursive: true);
    }

    /// <summary>Removes the working folder unless committed, and releases the claim.</summary>
    public void Dispose()
    {
        try
        {
            if (!_committed && Directory.Exists(WorkingPath)) Directory.Delete(WorkingPath, recursive: true);
        }
        finally
        {
            _lock.Dispose();
        }
    }

    /// <summary>
    /// Removes the temporary folders killed processes left in <paramref name="parent"/>: ".NAME.partial-PID-ID" folders
    /// holding the partial marker, and ".NAME.old-ID" folders (earlier quasim results already replaced), whenever no
    /// process is writing NAME (this call holds <paramref name="held"/>'s lock; any other NAME's lock must be free).
    /// Nothing else is touched. Returns what was removed.
    /// </summary>
    public static IReadOnlyList<string> RemoveLeftovers(string parent, string? held = null)
    {
        var removed = new List<string>();
        if (!Directory.Exists(parent)) return removed;
        foreach (var dir in new DirectoryInfo(parent).EnumerateDirectories(".*"))
        {
            var m = Leftover().Match(dir.Name);
            if (!m.Success || dir.LinkTarget is not null) continue;
            var ours = m.Groups["kind"].Value == "partial"
                ? File.Exists(Path.Combine(dir.FullName, PartialMarker)) || !dir.EnumerateFileSystemInfos().Any()
                : OutputFolder.WhyNotReplaceable(dir.FullName) is null;
            if (!ours) continue;
            var target = Path.Combine(parent, m.Groups["name"].Value);
            OutputLock? claim = null;
            if (target != held && (claim = OutputLock.TryAcquire(target)) is null) continue;
            try
            {
                dir.Delete(recursive: true);
                removed.Add(dir.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Removed by another process first, or not ours to remove: leave it.
            }
            finally
            {
                claim?.Dispose();
            }
        }
        return removed;
    }

    [GeneratedRegex(@"^\.(?<name>.+)\.(?:(?<kind>partial)-(?<pid>\d+)-[0-9a-f]{32}|(?<kind>old)-[0-9a-f]{32})$")]
    private static partial Regex Leftover();
}
