namespace QuasiMarketSim.Cluster.Grains;

/// <summary>
/// The coordinator of one experiment. Leases live only in memory: after the coordinator moves (its silo died),
/// every unit not recorded as done is leased again, and a worker finding its unit already in the store reports it
/// done without running it, so nothing is lost and nothing is stored twice. Done flags are written to storage at
/// most once a second (and at the end); the store covers what a crash loses in between.
/// </summary>
internal sealed class CoordinatorGrain(
    [PersistentState("coordinator", ClusterNames.Storage)] IPersistentState<CoordinatorState> state,
    IClusterMembershipService membership,
    LeaseSettings settings) : Grain, ICoordinatorGrain
{
    private static readonly TimeSpan NodeSeen = TimeSpan.FromSeconds(5), SaveEvery = TimeSpan.FromSeconds(1);
    private readonly Dictionary<int, (SiloAddress Silo, DateTime Expires)> _leases = [];
    private readonly Dictionary<SiloAddress, DateTime> _nodes = [];
    private readonly Queue<int> _queue = [];
    private int _done;
    private bool _queued;
    private DateTime _saved;

    private bool Finished => state.State.Submission is { } s && _done == s.Units;

    private bool Stopped => state.State.Submission is null || state.State.Cancelled || state.State.Error is not null || Finished;

    public async Task Submit(ExperimentSubmission submission)
    {
        if (state.State.Submission is not null) return;
        // Units the submitter already has (a resumed sweep) are done from the start: no worker runs them again.
        var done = submission.AlreadyDone.Length == submission.Units ? (byte[])submission.AlreadyDone.Clone() : new byte[submission.Units];
        state.State = new CoordinatorState { Submission = submission with { AlreadyDone = [] }, Done = done };
        _done = 0;
        _queued = false;
        await state.WriteStateAsync();
    }

    public Task<LeaseReply> Lease(SiloAddress silo, int want, int[] running)
    {
        EnsureCounted();
        if (Stopped) return Task.FromResult(new LeaseReply([], Stop: true));
        var now = DateTime.UtcNow;
        _nodes[silo] = now;
        Requeue(now);
        foreach (var u in running)
        {
            // Renew only what this silo still holds: a unit re-leased to another silo meanwhile stays theirs.
            if (_leases.TryGetValue(u, out var lease) && lease.Silo.Equals(silo)) _leases[u] = (silo, now + Timeout);
        }
        var units = new List<int>();
        while (units.Count < want && _queue.TryDequeue(out var u))
        {
            if (state.State.Done[u] == 1 || _leases.ContainsKey(u)) continue;
            _leases[u] = (silo, now + Timeout);
            units.Add(u);
        }
        return Task.FromResult(new LeaseReply([.. units], Stop: false));
    }

    public async Task Complete(SiloAddress silo, int[] units)
    {
        if (state.State.Submission is null) return;
        EnsureCounted();
        foreach (var u in units)
        {
            _leases.Remove(u);
            if (u < 0 || u >= state.State.Done.Length || state.State.Done[u] == 1) continue;
            state.State.Done[u] = 1;
            _done++;
        }
        if (Finished || DateTime.UtcNow - _saved > SaveEvery) await Save();
        if (Finished) await Retire();
    }

    public async Task Fail(int unit, string message)
    {
        EnsureCounted();
        if (state.State.Submission is null || state.State.Error is not null || Finished) return;
        state.State.Error = $"unit {unit} failed: {message}";
        await Save();
        await Retire();
    }

    public Task<ExperimentStatus> Status()
    {
        EnsureCounted();
        var now = DateTime.UtcNow;
        var nodes = _nodes.Count(n => now - n.Value < NodeSeen && membership.CurrentSnapshot.GetSiloStatus(n.Key) != SiloStatus.Dead);
        return Task.FromResult(new ExperimentStatus(state.State.Submission is not null, state.State.Submission, _done, _leases.Count, nodes, state.State.Cancelled,
            state.State.Error));
    }

    public async Task Cancel()
    {
        if (state.State.Submission is null || state.State.Cancelled) return;
        state.State.Cancelled = true;
        _leases.Clear();
        await Save();
        await Retire();
    }

    private TimeSpan Timeout => settings.Lease;

    /// <summary>Puts back in the queue units whose lease ran out or whose silo membership declared dead.</summary>
    private void Requeue(DateTime now)
    {
        EnsureCounted();
        if (!_queued)
        {
            for (var u = 0; u < state.State.Done.Length; u++)
            {
                if (state.State.Done[u] == 0) _queue.Enqueue(u);
            }
            _queued = true;
        }
        var snapshot = membership.CurrentSnapshot;
        foreach (var (u, lease) in _leases.Where(l => l.Value.Expires < now || snapshot.GetSiloStatus(l.Value.Silo) == SiloStatus.Dead).ToList())
        {
            _leases.Remove(u);
            _queue.Enqueue(u);
        }
    }

    private void EnsureCounted()
    {
        if (_done == 0 && state.State.Done.Length > 0) _done = state.State.Done.Count(d => d == 1);
    }

    private async Task Save()
    {
        await state.WriteStateAsync();
        _saved = DateTime.UtcNow;
    }

    private Task Retire() => GrainFactory.GetGrain<IExperimentDirectory>(IExperimentDirectory.Key).Retire(this.GetPrimaryKeyString());
}
