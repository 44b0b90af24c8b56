using System.Globalization;
using System.Text;

namespace QuasiMarketSim.Scenarios;

/// <summary>
/// Reads scenario files defensively. A scenario is a small text file (the shipped ones are a few KB), so anything
/// larger than <see cref="MaxBytes"/>, empty, or not a regular file (a device, pipe or /proc file, all of which
/// report a length of 0) is refused before it is read: reading /dev/zero or a 50 MB file would otherwise run until
/// memory runs out, and opening a named pipe would wait forever.
/// </summary>
public static class ScenarioFiles
{
    /// <summary>The largest scenario file read (1 MiB).</summary>
    public const int MaxBytes = 1 << 20;

    private const int MaxLinkHops = 40;

    /// <summary>The text of the scenario file at <paramref name="path"/>, or null and why it cannot be read.</summary>
    public static string? Read(string path, out string? error)
    {
        error = null;
        try
        {
            if (Directory.Exists(path))
            {
                error = "is a folder, not a scenario file";
                return null;
            }
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error = "file not found";
                return null;
            }
            if (info.Length == 0)
            {
                error = "is empty, or not a regular file (a device, pipe or special file): expected a scenario file";
                return null;
            }
            if (info.Length > MaxBytes)
            {
                error = TooLarge(info.Length);
                return null;
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
            var buffer = new byte[MaxBytes + 1];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0) read += n;
            if (read > MaxBytes)
            {
                error = TooLarge(read);
                return null;
            }
            // A byte-order mark, which some editors write, is not part of the JSON.
            var bom = read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
            return new UTF8Encoding(false).GetString(buffer, bom, read - bom);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e is UnauthorizedAccessException ? "permission denied" : "could not be read (" + e.GetType().Name + ")";
            return null;
        }
    }

    /// <summary>
    /// The path with every symbolic link resolved, component by component (as realpath(3) does), so a check of
    /// where a file really is cannot be fooled by a link in a parent folder. Throws <see cref="IOException"/> on a
    /// link loop.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>(Components(full[root.Length..]).Reverse());
        var current = root;
        var hops = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            var target = (Directory.Exists(next) ? (FileSystemInfo)new DirectoryInfo(next) : new FileInfo(next)).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++hops > MaxLinkHops) throw new IOException("too many symbolic links (a loop?)");
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target) ?? root;
            foreach (var c in Components(Path.IsPathRooted(target) ? target[(Path.GetPathRoot(target) ?? "").Length..] : target).Reverse()) pending.Push(c);
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies beneath it (both real paths).</summary>
    public static bool IsWithin(string path, string folder)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var f = Path.TrimEndingDirectorySeparator(folder);
        return path.Equals(f, comparison) || path.StartsWith(f + Path.DirectorySeparatorChar, comparison);
    }

    private static string[] Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static string TooLarge(long bytes) => string.Create(CultureInfo.InvariantCulture,
        $"is {bytes:N0} bytes or more: a scenario file may be at most {MaxBytes:N0} bytes (1 MiB)");
}
