using System.Text;
using System.Text.Json;

namespace QuasiMarketSim.Plots;

/// <summary>
/// Figures and reports replace an existing file only when quasim wrote it: a figure in a figures/ folder quasim
/// made (inside a results folder, or created by quasim plot), or a report carrying quasim's generator mark. Any other
/// existing file is refused, so plot and report never overwrite what the user made.
/// </summary>
public static class OverwriteGuard
{
    /// <summary>The mark every report carries in its head.</summary>
    public const string ReportMark = "<meta name=\"generator\" content=\"quasim\">";

    /// <summary>Marks a figures folder that quasim created outside a results folder.</summary>
    private const string FiguresMarker = ".quasim-figures";

    /// <summary>
    /// Draws figures into <paramref name="folder"/> with <paramref name="draw"/>, creating the folder first (marked as
    /// quasim's when it is not inside a results folder); a folder this call created is removed again if drawing fails.
    /// </summary>
    public static IReadOnlyList<string> IntoFigureFolder(string folder, Func<IReadOnlyList<string>> draw)
    {
        if (File.Exists(folder)) throw new InvalidDataException($"{folder} is a file, not a folder: choose another --out");
        if (Directory.Exists(folder)) return draw();
        Directory.CreateDirectory(folder);
        if (!HasQuasimManifest(Path.GetDirectoryName(Path.GetFullPath(folder)) ?? ".")) File.WriteAllText(Path.Combine(folder, FiguresMarker), "");
        try
        {
            return draw();
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>Throws <see cref="InvalidDataException"/> when <paramref name="figure"/> exists and quasim did not write it.</summary>
    public static void CheckFigure(string figure)
    {
        if (!File.Exists(figure)) return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(figure)) ?? ".";
        var ours = File.Exists(Path.Combine(folder, FiguresMarker))
            || (Path.GetFileName(folder) == "figures" && HasQuasimManifest(Path.GetDirectoryName(folder) ?? "."));
        if (!ours) throw new InvalidDataException($"{figure} exists and was not written by quasim: move it, or choose another --out");
    }

    /// <summary>Throws <see cref="InvalidDataException"/> when <paramref name="report"/> exists and is not a quasim report.</summary>
    public static void CheckReport(string report)
    {
        if (Directory.Exists(report)) throw new InvalidDataException($"{report} is a folder: --out names the report's file, e.g. report.html");
        if (!File.Exists(report)) return;
        var head = new byte[4096];
        int read;
        using (var stream = File.OpenRead(report)) read = stream.Read(head, 0, head.Length);
        if (!Encoding.UTF8.GetString(head, 0, read).Contains(ReportMark, StringComparison.Ordinal))
            throw new InvalidDataException($"{report} exists and is not a report quasim wrote: move it, or choose another --out");
    }

    private static bool HasQuasimManifest(string folder)
    {
        var manifest = Path.Combine(folder, "manifest.json");
        if (!File.Exists(manifest) || new FileInfo(manifest).Length > 256L << 20) return false;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(manifest));
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("program", out var p)
                && p.ValueKind == JsonValueKind.String && p.GetString() == "quasim";
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
