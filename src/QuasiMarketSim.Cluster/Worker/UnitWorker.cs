using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QuasiMarketSim.Cluster.Grains;
using QuasiMarketSim.Experiments.Execution;

namespace QuasiMarketSim.Cluster.Worker;

/// <summary>
/// Each silo's worker (a hosted service, not a grain): asks coordinators for units while it has free slots, runs
/// them on its own threads outside any grain turn (a long run never blocks a grain, and a dead silo's calls are never
/// awaited by anyone), stores each result in the shared output folder, then reports it done. A unit already in the
/// store (run before a coordinator moved) is reported done without running.
/// </summary>
internal sealed partial class UnitWorker(IGrainFactory grains, ILocalSiloDetails silo, WorkerSettings settings, ILogger<UnitWorker> log) : BackgroundService
{
    private readonly ConcurrentDictionary<(string Id, int Unit), CancellationTokenSource> _running = new();
    private readonly ConcurrentQueue<(string Id, int Unit, string? Error)> _finished = new();
    private readonly Dictionary<string, (IUnitWork Work, UnitStore Store)> _works = [];

    // Released when a unit finishes, so a free slot asks for work at once instead of waiting out the poll.
    private readonly SemaphoreSlim _wake = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Report();
                await Ask(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A coordinator moving or a silo dying fails calls for a moment; the next poll tries again.
                LogPollFailed(log, e.Message);
            }
            try
            {
                await _wake.WaitAsync(settings.Poll, stoppingToken);
                while (_wake.CurrentCount > 0) await _wake.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        foreach (var cts in _running.Values) await cts.CancelAsync();
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    /// <summary>Reports finished units (and failures) to their coordinators.</summary>
    private async Task Report()
    {
        var batch = new List<(string Id, int Unit, string? Error)>();
        while (_finished.TryDequeue(out var f)) batch.Add(f);
        foreach (var group in batch.GroupBy(f => f.Id))
        {
            var coordinator = grains.GetGrain<ICoordinatorGrain>(group.Key);
            try
            {
                foreach (var failed in group.Where(f => f.Error is not null)) await coordinator.Fail(failed.Unit, failed.Error!);
                await coordinator.Complete(silo.SiloAddress, [.. group.Where(f => f.Error is null).Select(f => f.Unit)]);
            }
            catch
            {
                foreach (var f in group) _finished.Enqueue(f);
                throw;
            }
        }
    }

    /// <summary>Renews leases on running units and leases more while slots are free.</summary>
    private async Task Ask(CancellationToken stoppingToken)
    {
        var active = await grains.GetGrain<IExperimentDirectory>(IExperimentDirectory.Key).Active();
        foreach (var id in active)
        {
            var running = _running.Keys.Where(k => k.Id == id).Select(k => k.Unit).ToArray();
            var free = Math.Max(0, settings.Slots - _running.Count);
            if (free == 0 && running.Length == 0) continue;
            var coordinator = grains.GetGrain<ICoordinatorGrain>(id);
            var reply = await coordinator.Lease(silo.SiloAddress, free, running);
            if (reply.Stop)
            {
                foreach (var u in running)
                {
                    if (_running.TryGetValue((id, u), out var cts)) await cts.CancelAsync();
                }
                _works.Remove(id);
                continue;
            }
            if (reply.Units.Length == 0) continue;
            if (!_works.TryGetValue(id, out var cached))
            {
                var status = await coordinator.Status();
                if (status.Submission is not { } s) continue;
                try
                {
                    cached = (UnitWorks.FromSpec(s.Kind, s.Spec), new UnitStore(s.OutputDirectory));
                }
                catch (Exception e) when (e is ArgumentException or IOException or Scenarios.InputException)
                {
                    await coordinator.Fail(reply.Units[0], $"on {silo.SiloAddress}: {e.Message}");
                    continue;
                }
                _works[id] = cached;
            }
            foreach (var u in reply.Units) Start(id, u, cached.Work, cached.Store, stoppingToken);
        }
    }

    private void Start(string id, int unit, IUnitWork work, UnitStore store, CancellationToken stoppingToken)
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        if (!_running.TryAdd((id, unit), cts))
        {
            cts.Dispose();
            return;
        }
        // A dedicated thread per unit: runs are long and CPU-bound, and must never hold up the silo's own thread pool work.
        _ = Task.Factory.StartNew(() =>
        {
            string? error = null;
            try
            {
                var key = work.Key(unit);
                if (!store.Has(key) && Directory.Exists(store.Folder)) store.Write(key, work.Run(unit, cts.Token), create: false);
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested)
            {
                _running.TryRemove((id, unit), out _);
                cts.Dispose();
                return;
            }
            catch (Exception e)
            {
                error = e.Message;
            }
            _running.TryRemove((id, unit), out _);
            cts.Dispose();
            _finished.Enqueue((id, unit, error));
            _wake.Release();
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "asking for work failed (retrying): {Message}")]
    private static partial void LogPollFailed(ILogger logger, string message);
}
