namespace QuasiMarketSim.Explorer.Tests;

public sealed class WorldStoreTests
{
    private static readonly WorldRequest Small = new("baseline", 1, ["ticks=6"], null);

    [Fact]
    public void Each_tab_gets_its_own_world()
    {
        using var store = new WorldStore(new ExplorerOptions());
        var a = store.Create(Small);
        var b = store.Create(Small);
        Assert.NotEqual(a.Id, b.Id);
        a.Step(3);
        Assert.Equal(3, store.Find(a.Id)!.Month);
        Assert.Equal(0, store.Find(b.Id)!.Month);
    }

    [Fact]
    public async Task Idle_worlds_are_freed()
    {
        using var store = new WorldStore(new ExplorerOptions { IdleTimeout = TimeSpan.FromMilliseconds(50) });
        var world = store.Create(Small);
        await Task.Delay(200);
        store.FreeIdle();
        Assert.Null(store.Find(world.Id));
    }

    [Fact]
    public void The_least_recently_used_world_makes_way_when_the_cap_is_reached()
    {
        using var store = new WorldStore(new ExplorerOptions { MaxWorlds = 2 });
        var first = store.Create(Small);
        Thread.Sleep(5);
        var second = store.Create(Small);
        Thread.Sleep(5);
        first.Touch();
        var third = store.Create(Small);
        Assert.Equal(2, store.Count);
        Assert.Null(store.Find(second.Id));
        Assert.NotNull(store.Find(first.Id));
        Assert.NotNull(store.Find(third.Id));
    }
}
