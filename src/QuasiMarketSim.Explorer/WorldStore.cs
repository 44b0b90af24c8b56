using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace QuasiMarketSim.Explorer;

/// <summary>
/// The worlds of every open tab, by id. Worlds idle longer than <see cref="ExplorerOptions.IdleTimeout"/> are freed, and
/// at most <see cref="ExplorerOptions.MaxWorlds"/> live at once (the least recently used makes way), so a forgotten tab
/// does not hold memory.
/// </summary>
public sealed class WorldStore : IDisposable
{
    private readonly ConcurrentDictionary<string, ExplorerWorld> _worlds = new(StringComparer.Ordinal);
    private readonly ExplorerOptions _options;
    private readonly Timer _sweep;

    /// <summary>Creates the store and its idle sweep.</summary>
    public WorldStore(ExplorerOptions options)
    {
        _options = options;
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, options.IdleTimeout.Ticks / 4));
        _sweep = new Timer(_ => FreeIdle(), null, period, period);
    }

    /// <summary>Worlds alive now.</summary>
    public int Count => _worlds.Count;

    /// <summary>Builds a world for <paramref name="request"/> (or throws with the CLI's message) and stores it under a new id.</summary>
    public ExplorerWorld Create(WorldRequest request)
    {
        var world = ExplorerWorld.Create(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), request, _options);
        while (_worlds.Count >= _options.MaxWorlds && _worlds.Values.MinBy(w => w.LastUsed) is { } oldest) Remove(oldest.Id);
        _worlds[world.Id] = world;
        return world;
    }

    /// <summary>The world with <paramref name="id"/>, or null when there is none (never made, or freed while idle).</summary>
    public ExplorerWorld? Find(string id) => _worlds.TryGetValue(id, out var world) ? world : null;

    /// <summary>Puts <paramref name="world"/> in place of the world with its id (after a mid-run lever change), freeing the old one.</summary>
    public void Replace(ExplorerWorld world)
    {
        if (_worlds.TryGetValue(world.Id, out var old) && _worlds.TryUpdate(world.Id, world, old)) FreeWhenIdle(old);
        else _worlds[world.Id] = world;
    }

    /// <summary>Frees the world with <paramref name="id"/>.</summary>
    public void Remove(string id)
    {
        if (_worlds.TryRemove(id, out var world)) FreeWhenIdle(world);
    }

    /// <summary>Frees every world idle longer than the timeout.</summary>
    public void FreeIdle()
    {
        var cutoff = DateTime.UtcNow.Ticks - _options.IdleTimeout.Ticks;
        foreach (var world in _worlds.Values.Where(w => w.LastUsed < cutoff)) Remove(world.Id);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _sweep.Dispose();
        foreach (var id in _worlds.Keys) Remove(id);
    }

    // A request may be stepping the world right now: it is disposed once that request lets go of it.
    private static void FreeWhenIdle(ExplorerWorld world) => _ = Task.Run(async () =>
    {
        await world.Gate.WaitAsync().ConfigureAwait(false);
        world.Dispose();
    });
}
