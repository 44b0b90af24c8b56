using System.Text.Json;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Runners;

/// <summary>
/// Where results may go. Every results folder quasim writes holds a manifest.json naming the program and listing
/// its outputs; that manifest is the folder's mark. An existing folder is replaced only when it carries the mark and
/// holds nothing but what quasim writes there (the listed outputs, the manifest, figures/ and report.html). Any other
/// existing folder, the current folder and its parents are refused before any work starts, so the program never
/// deletes or overwrites what it did not write.
/// </summary>
public static class OutputFolder
{
    /// <summary>The manifest that marks a results folder as quasim's.</summary>
    public const string ManifestFile = "manifest.json";

    /// <summary>Entries quasim may add to a results folder after writing it (quasim plot, quasim report).</summary>
    private static readonly string[] LaterAdditions = [ManifestFile, "report.html"];

    private static readonly string[] FigureExtensions = [".png", ".svg"];

    /// <summary>
    /// Checks that <paramref name="target"/> can receive a results folder and returns its full path; throws
    /// <see cref="InputException"/> naming the folder and what to do when it cannot.
    /// </summary>
    public static string Check(string target)
    {
        var full = CheckPath(target);
        if (Directory.Exists(full) && WhyNotReplaceable(full) is { } why)
            throw new InputException($"{target} already exists and {why}: move those files or choose another --out (quasim never deletes what it did not write)");
        return full;
    }

    /// <summary>
    /// The checks every output path gets, whatever will be written there: not empty, not a file, not the current
    /// folder or one of its parents, not a root. Returns the full path.
    /// </summary>
    public static string CheckPath(string target)
    {
        if (string.IsNullOrWhiteSpace(target)) throw new InputException("--out: expected a folder path, got an empty one");
        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InputException($"--out: '{target}' is not a usable folder path ({e.Message})");
        }
        if (File.Exists(full)) throw new InputException($"{target} is a file, not a folder: choose another --out");
        if (Path.GetPathRoot(full) == full + Path.DirectorySeparatorChar || Path.GetPathRoot(full) == full)
            throw new InputException($"{target} is the root of a file system: results go into a folder of their own (e.g. --out runs/mine)");
        var here = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Directory.GetCurrentDirectory()));
        if (here == full || here.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InputException($"{target} is the current folder or one of its parents: results go into a folder of their own (e.g. --out runs/mine)");
        return full;
    }

    /// <summary>Why the existing folder <paramref name="folder"/> may not be replaced, or null when it may (it is empty, or all quasim's).</summary>
    public static string? WhyNotReplaceable(string folder)
    {
        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
        if (entries.Count == 0) return null;
        var outputs = OutputsOf(folder);
        if (outputs is null) return $"was not written by quasim (it has no quasim {ManifestFile}; it holds {Describe(entries)})";
        var foreign = entries.Where(e => !Written(e, outputs)).ToList();
        return foreign.Count == 0 ? null : $"holds files quasim did not write ({Describe(foreign)})";
    }

    /// <summary>The output files a quasim manifest in <paramref name="folder"/> lists, or null when there is no such manifest.</summary>
    public static IReadOnlySet<string>? OutputsOf(string folder)
    {
        var path = Path.Combine(folder, ManifestFile);
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || info.Length > 64L << 20) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("program", out var program) || program.ValueKind != JsonValueKind.String
                || program.GetString() != "quasim") return null;
            var names = new HashSet<string>(StringComparer.Ordinal);
            if (root.TryGetProperty("outputs_sha256", out var outputs) && outputs.ValueKind == JsonValueKind.Object)
            {
                foreach (var o in outputs.EnumerateObject()) names.Add(o.Name);
            }
            return names;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool Written(FileSystemInfo entry, IReadOnlySet<string> outputs)
    {
        if (entry.LinkTarget is not null) return false;
        if (entry is FileInfo) return outputs.Contains(entry.Name) || LaterAdditions.Contains(entry.Name);
        // figures/ holds only the figures quasim plot draws.
        return entry.Name == "figures" && ((DirectoryInfo)entry).EnumerateFileSystemInfos()
            .All(f => f is FileInfo && f.LinkTarget is null && FigureExtensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase));
    }

    private static string Describe(List<FileSystemInfo> entries) =>
        string.Join(", ", entries.Take(3).Select(e => e is DirectoryInfo ? e.Name + "/" : e.Name)) + (entries.Count > 3 ? $" and {entries.Count - 3} more" : "");
}
