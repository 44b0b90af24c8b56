using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Runners;

/// <summary>
/// An exclusive claim on one results folder while a run, experiment or sweep writes it: a hidden lock file beside
/// the folder, held open without sharing (an advisory lock the operating system drops when the process dies, so a
/// killed run never leaves a stale claim). A second quasim writing the same folder is refused instead of racing.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>Claims <paramref name="folder"/> (a full path) or throws <see cref="InputException"/> when another process holds it.</summary>
    public static OutputLock Acquire(string folder) =>
        TryAcquire(folder) ?? throw new InputException($"{folder} is being written by another quasim process: wait for it to finish, or choose another --out");

    /// <summary>Claims <paramref name="folder"/>, or returns null when another process holds it.</summary>
    public static OutputLock? TryAcquire(string folder)
    {
        var parent = Path.GetDirectoryName(folder) ?? ".";
        Directory.CreateDirectory(parent);
        try
        {
            return new OutputLock(new FileStream(PathOf(folder), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException) when (File.Exists(PathOf(folder)))
        {
            return null;
        }
    }

    /// <summary>The lock file of <paramref name="folder"/>.</summary>
    public static string PathOf(string folder) =>
        Path.Combine(Path.GetDirectoryName(folder) ?? ".", "." + Path.GetFileName(folder) + ".lock");

    /// <summary>Releases the claim (and removes the lock file).</summary>
    public void Dispose() => _stream.Dispose();
}
