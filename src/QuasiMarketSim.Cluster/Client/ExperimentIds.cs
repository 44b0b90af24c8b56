using System.Security.Cryptography;
using System.Text;
using QuasiMarketSim.Experiments.Execution;

namespace QuasiMarketSim.Cluster.Client;

/// <summary>
/// An experiment's id, kept in its unit store (units/.experiment-id) so every submission into the same unfinished
/// folder (a reconnecting client, `--attach`, `--resume`, a resubmission after its coordinator's state was lost) is
/// the same experiment, while the same sweep run again into a fresh folder is a new one.
/// </summary>
public static class ExperimentIds
{
    private const string FileName = ".experiment-id";

    /// <summary>The id of <paramref name="work"/> in <paramref name="store"/> (made on first use).</summary>
    public static string For(UnitStore store, IUnitWork work)
    {
        Directory.CreateDirectory(store.Folder);
        var path = Path.Combine(store.Folder, FileName);
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{store.Folder}\n{work.Kind}\n{work.Spec}\n{Guid.NewGuid()}")))[..12];
        var temp = path + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(temp, id + "\n");
        try
        {
            File.Move(temp, path, overwrite: false);
            return id;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
            return File.ReadAllText(path).Trim();
        }
    }
}
