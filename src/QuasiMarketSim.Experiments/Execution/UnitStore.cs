using System.Text;

namespace QuasiMarketSim.Experiments.Execution;

/// <summary>
/// Finished units' results as files in the experiment's output folder (folder "units"), one file per unit named by
/// its key. Writes are idempotent: written under a unique temporary name, then renamed into place unless the unit
/// is already there, so a unit run twice (a re-leased unit, a retried array task) is stored once, with the same bytes.
/// On a cluster this folder is the shared file system every node and the submitter see.
/// </summary>
public sealed class UnitStore(string outputDirectory)
{
    /// <summary>The store's folder name inside an output folder.</summary>
    public const string FolderName = "units";

    private const string Extension = ".unit";

    /// <summary>The store's folder.</summary>
    public string Folder { get; } = Path.Combine(outputDirectory, FolderName);

    /// <summary>The file of the unit named <paramref name="key"/>.</summary>
    public string PathOf(string key) => Path.Combine(Folder, key + Extension);

    /// <summary>
    /// Stores <paramref name="result"/> under <paramref name="key"/> unless a result is already there. Returns whether it wrote.
    /// Without <paramref name="create"/> (a cluster worker) nothing is written when the store's folder is gone: the
    /// experiment was assembled and its store removed, so a late duplicate must not leave files in the finished folder.
    /// </summary>
    public bool Write(string key, string result, bool create = true)
    {
        if (create) Directory.CreateDirectory(Folder);
        else if (!Directory.Exists(Folder)) return false;
        var target = PathOf(key);
        if (File.Exists(target)) return false;
        var temp = Path.Combine(Folder, $".{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, result, Utf8);
        }
        catch (DirectoryNotFoundException) when (!create)
        {
            return false;
        }
        try
        {
            File.Move(temp, target, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another worker stored the same unit first: its bytes are the same, keep them.
            File.Delete(temp);
            return false;
        }
    }

    /// <summary>The result stored under <paramref name="key"/>, or null when that unit has not finished.</summary>
    public string? TryRead(string key)
    {
        var path = PathOf(key);
        return File.Exists(path) ? File.ReadAllText(path, Utf8) : null;
    }

    /// <summary>The keys of every stored unit.</summary>
    public IEnumerable<string> Keys() => Directory.Exists(Folder)
        ? Directory.EnumerateFiles(Folder, "*" + Extension).Select(f => Path.GetFileNameWithoutExtension(f)).Where(k => !k.StartsWith('.'))
        : [];

    /// <summary>Whether <paramref name="key"/> is stored.</summary>
    public bool Has(string key) => File.Exists(PathOf(key));

    /// <summary>
    /// Removes the store once its units are assembled into the outputs: only files it wrote (results, its own
    /// temporaries, a cluster's experiment id), then the folder if that left it empty.
    /// </summary>
    public void Remove()
    {
        if (!Directory.Exists(Folder)) return;
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(Extension, StringComparison.Ordinal) || (name.StartsWith('.') && name.EndsWith(".tmp", StringComparison.Ordinal)) || name == ".experiment-id")
                File.Delete(file);
        }
        if (!Directory.EnumerateFileSystemEntries(Folder).Any()) Directory.Delete(Folder);
    }

    private static readonly UTF8Encoding Utf8 = new(false);
}
