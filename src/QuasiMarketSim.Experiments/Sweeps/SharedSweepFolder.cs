namespace QuasiMarketSim.Experiments.Sweeps;

/// <summary>
/// The folder many `--unit K` tasks write into at once: the first writes design.json (under a unique temporary
/// name, renamed without overwriting), every later one checks it holds the same sweep. A folder holding anything but
/// this sweep's design and unit store is refused, as for every quasim output folder.
/// </summary>
internal static class SharedSweepFolder
{
    /// <summary>Makes or checks <paramref name="directory"/> as the shared folder of the sweep with <paramref name="designJson"/>.</summary>
    public static void Claim(string directory, string designJson)
    {
        var designPath = Path.Combine(directory, "design.json");
        if (!File.Exists(designPath))
        {
            if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any(e => Path.GetFileName(e) != Execution.UnitStore.FolderName))
                throw new ArgumentException($"{directory} exists and is not a sweep folder: choose another --out (quasim never writes into a folder it did not make)");
            Directory.CreateDirectory(directory);
            var temp = Path.Combine(directory, $".design.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            File.WriteAllText(temp, designJson);
            try
            {
                File.Move(temp, designPath, overwrite: false);
            }
            catch (IOException) when (File.Exists(designPath))
            {
                File.Delete(temp);
            }
        }
        if (File.ReadAllText(designPath) != designJson)
            throw new ArgumentException($"{directory} holds a different sweep (another scenario, seed, design, or --paths): give every unit the same arguments, or another --out");
        if (File.Exists(Path.Combine(directory, "summary.json")))
            throw new ArgumentException($"{directory} holds a finished sweep: its units are already collected");
    }
}
