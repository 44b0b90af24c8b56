using System.Text;
using Orleans.Serialization;
using Orleans.Storage;

namespace QuasiMarketSim.Cluster.Storage;

/// <summary>
/// Grain state as files in a folder (cluster.json "state": "folder"): the development cluster's coordinators survive
/// any silo, as with Redis, without a Redis. Orleans' memory storage keeps state in storage grains spread over the
/// silos, so a silo's death loses some of it; a folder on the machine (or a shared file system) does not. Each write
/// goes to a temporary file renamed into place, so a killed silo never leaves a half-written state.
/// </summary>
internal sealed class FolderGrainStorage(string folder, Serializer serializer) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        if (File.Exists(path))
        {
            grainState.State = serializer.Deserialize<T>(File.ReadAllBytes(path));
            grainState.RecordExists = true;
            grainState.ETag = File.GetLastWriteTimeUtc(path).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            grainState.State ??= Activator.CreateInstance<T>();
        }
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Directory.CreateDirectory(folder);
        var path = PathOf(stateName, grainId);
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, serializer.SerializeToArray(grainState.State));
        File.Move(temp, path, overwrite: true);
        grainState.RecordExists = true;
        grainState.ETag = File.GetLastWriteTimeUtc(path).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        File.Delete(PathOf(stateName, grainId));
        grainState.RecordExists = false;
        grainState.ETag = null;
        grainState.State = Activator.CreateInstance<T>();
        return Task.CompletedTask;
    }

    /// <summary>One file per grain and state, named so any grain id is a valid file name.</summary>
    private string PathOf(string stateName, GrainId grainId)
    {
        var name = new StringBuilder();
        foreach (var c in $"{stateName}-{grainId}") name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_');
        return Path.Combine(folder, name + ".state");
    }
}
