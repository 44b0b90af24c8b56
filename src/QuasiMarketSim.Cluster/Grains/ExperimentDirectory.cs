namespace QuasiMarketSim.Cluster.Grains;

/// <summary>The directory's persisted state: every experiment id in submission order, and those retired.</summary>
[GenerateSerializer, Alias("quasim.DirectoryState")]
public sealed class DirectoryState
{
    /// <summary>Every experiment.</summary>
    [Id(0)] public List<string> Ids { get; set; } = [];

    /// <summary>Experiments needing no more work.</summary>
    [Id(1)] public HashSet<string> Retired { get; set; } = [];
}

/// <summary>The list of experiments, persisted in the cluster's state store.</summary>
internal sealed class ExperimentDirectory([PersistentState("directory", ClusterNames.Storage)] IPersistentState<DirectoryState> state) : Grain, IExperimentDirectory
{
    public async Task Add(string id)
    {
        var changed = false;
        if (!state.State.Ids.Contains(id))
        {
            state.State.Ids.Add(id);
            changed = true;
        }
        changed |= state.State.Retired.Remove(id);
        if (changed) await state.WriteStateAsync();
    }

    public async Task Retire(string id)
    {
        if (state.State.Retired.Add(id)) await state.WriteStateAsync();
    }

    public Task<string[]> Active() => Task.FromResult(state.State.Ids.Where(i => !state.State.Retired.Contains(i)).ToArray());

    public Task<string[]> All() => Task.FromResult(state.State.Ids.ToArray());
}
