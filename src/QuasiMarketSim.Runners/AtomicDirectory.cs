namespace QuasiMarketSim.Runners;

/// <summary>
/// Writes a results folder under a temporary name beside the target and renames it into place only when every
/// file is complete, so a failed or interrupted run never leaves a half-written result.
/// </summary>
public sealed class AtomicDirectory : IDisposable
{
    private bool _committed;

    /// <summary>Creates the temporary folder for <paramref name="target"/>.</summary>
    public AtomicDirectory(string target)
    {
        Target = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(Target) ?? ".";
        Directory.CreateDirectory(parent);
        WorkingPath = Path.Combine(parent, $".{Path.GetFileName(Target)}.partial-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(WorkingPath);
    }

    /// <summary>Where the results end up.</summary>
    public string Target { get; }

    /// <summary>Where files are written until <see cref="Commit"/>.</summary>
    public string WorkingPath { get; }

    /// <summary>A path inside the working folder.</summary>
    public string PathOf(string fileName) => Path.Combine(WorkingPath, fileName);

    /// <summary>Moves the finished folder into place, replacing an earlier result at the same path.</summary>
    public void Commit()
    {
        string? old = null;
        if (Directory.Exists(Target))
        {
            old = Target + $".old-{Guid.NewGuid():N}";
            Directory.Move(Target, old);
        }
        Directory.Move(WorkingPath, Target);
        _committed = true;
        if (old is not null) Directory.Delete(old, recursive: true);
    }

    /// <summary>Removes the working folder unless committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(WorkingPath)) Directory.Delete(WorkingPath, recursive: true);
    }
}
