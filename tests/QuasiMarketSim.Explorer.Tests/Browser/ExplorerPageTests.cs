using System.Globalization;
using Microsoft.Playwright;

namespace QuasiMarketSim.Explorer.Tests.Browser;

/// <summary>The page as a student uses it, in real headless Chromium: each test fails on any console error.</summary>
public sealed class ExplorerPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const float Timeout = 30_000;
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private readonly List<string> _errors = [];

    public async Task InitializeAsync() => await Open(1280, 800);

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        Assert.True(_errors.Count == 0, "console errors:\n" + string.Join("\n", _errors));
    }

    private async Task Open(int width, int height)
    {
        if (_context is not null) await _context.CloseAsync();
        _context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        _page = await _context.NewPageAsync();
        _page.Console += (_, m) => { if (m.Type == "error") _errors.Add(m.Text); };
        _page.PageError += (_, e) => _errors.Add(e);
        await _page.GotoAsync(fixture.Address + "/");
        await WaitForMonth(0);
    }

    private async Task WaitForMonth(int month) =>
        await _page.WaitForFunctionAsync($"() => document.querySelector('#month .v')?.textContent.startsWith('{month} /')", null, new() { Timeout = Timeout });

    private async Task<string> Monitor(string name) =>
        await _page.Locator(".monitor", new() { Has = _page.Locator(".name", new() { HasTextString = name }) }).First.Locator(".v").InnerTextAsync();

    private async Task MoveLever(string path, double value)
    {
        var id = "#lever-" + path.Replace('.', '-');
        await _page.EvalOnSelectorAsync(id, "(e, v) => { e.value = v; e.dispatchEvent(new Event('change')); }", value.ToString(CultureInfo.InvariantCulture));
    }

    private async Task Shot(string name) =>
        await _page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = true });

    [Fact]
    public async Task Go_runs_the_world_and_the_plots_and_the_month_advance()
    {
        Assert.Equal("0 / 120", await _page.Locator("#month .v").InnerTextAsync());
        await _page.ClickAsync("#go");
        await WaitForMonth(120);
        Assert.Equal("Go", await _page.InnerTextAsync("#go"));
        Assert.True(await _page.Locator("#plots canvas").CountAsync() >= 7);
        Assert.NotEqual("-", await Monitor("trust"));
        Assert.True(await _page.Locator("#blg td").CountAsync() >= 18);
        await Shot("go");
    }

    [Fact]
    public async Task Twenty_replications_run_on_the_server_with_a_progress_bar_and_show_bands()
    {
        await _page.ClickAsync("#go");
        await WaitForMonth(120);
        await _page.ClickAsync("#replicate");
        await _page.WaitForFunctionAsync("() => document.querySelector('#message').textContent.includes('Bands')", null, new() { Timeout = 60_000 });
        Assert.True(await _page.IsHiddenAsync("#replication-progress"));
        Assert.Equal(20, await _page.EvalOnSelectorAsync<int>("#replication-progress", "e => e.value"));
        await Shot("replications");
    }

    [Fact]
    public async Task Moving_the_relational_mix_moves_trust()
    {
        await _page.ClickAsync("#go");
        await WaitForMonth(120);
        var relational = double.Parse(await Monitor("trust"), CultureInfo.InvariantCulture);

        await _page.ClickAsync("#setup");
        await WaitForMonth(0);
        await MoveLever("commissioning.relational_mix", 0.1);
        await _page.WaitForFunctionAsync("() => document.querySelector('.control.moved') !== null", null, new() { Timeout = Timeout });
        await _page.WaitForTimeoutAsync(500);
        await _page.ClickAsync("#go");
        await WaitForMonth(120);
        var transactional = double.Parse(await Monitor("trust"), CultureInfo.InvariantCulture);
        Assert.True(transactional < relational - 0.05, $"trust {transactional} with mix 0.1, {relational} with 0.8");
    }

    [Fact]
    public async Task A_lever_moved_mid_run_is_recorded_as_an_event_from_that_month()
    {
        for (var i = 1; i <= 36; i++)
        {
            await _page.ClickAsync("#step");
            await WaitForMonth(i);
        }
        await MoveLever("commissioning.relational_mix", 0.1);
        await _page.WaitForFunctionAsync("() => document.querySelector('#message').textContent.includes('repertoire_change')", null, new() { Timeout = Timeout });
        Assert.Contains("from month 36", await _page.InnerTextAsync("#message"), StringComparison.Ordinal);
        await _page.ClickAsync("#go");
        await WaitForMonth(120);
        await Shot("mid-run");
    }

    [Fact]
    public async Task Clicking_a_provider_shows_its_state()
    {
        await _page.ClickAsync("#step");
        await WaitForMonth(1);
        await _page.WaitForSelectorAsync("#network circle[data-kind=provider]");
        await _page.Locator("#network circle[data-kind=provider][data-contracts]").First.ClickAsync();
        var state = await _page.InnerTextAsync("#agent");
        Assert.Contains("provider #", state, StringComparison.Ordinal);
        Assert.Contains("kind: ", state, StringComparison.Ordinal);
        Assert.Contains("staff: ", state, StringComparison.Ordinal);
        Assert.Contains("trust commissioner", state, StringComparison.Ordinal);
        await _page.Locator("#network rect[data-kind=commissioner]").First.ClickAsync();
        Assert.Contains("relational mix", await _page.InnerTextAsync("#agent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Side_by_side_draws_the_second_world_beside_the_first()
    {
        await _page.CheckAsync("#side-by-side");
        await _page.WaitForFunctionAsync("() => document.querySelector('.key')?.textContent.includes('second world')", null, new() { Timeout = Timeout });
        await MoveLever("commissioning.relational_mix", 0.1);
        await _page.WaitForTimeoutAsync(500);
        await _page.ClickAsync("#go");
        await WaitForMonth(120);
        var both = (await Monitor("trust")).Split(" | ");
        Assert.Equal(2, both.Length);
        Assert.NotEqual(both[0], both[1]);
        Assert.True(await _page.IsVisibleAsync("#save-second"));
        await Shot("side-by-side");
        // The network can show either world; the second's is its own (transactional contracts are dashed there).
        await _page.SelectOptionAsync("#network-world", "second");
        await _page.WaitForFunctionAsync("() => document.querySelectorAll('#network line[stroke-dasharray]').length > 0", null, new() { Timeout = Timeout });
    }

    [Fact]
    public async Task The_guided_tour_sets_the_levers_and_runs_and_the_readme_screenshot_is_taken_from_it()
    {
        await _page.ClickAsync("#tour-buttons button >> nth=0");
        await WaitForMonth(120);
        Assert.True(await _page.IsCheckedAsync("#side-by-side"));
        Assert.Contains("Watch trust", await _page.InnerTextAsync("#tour-text"), StringComparison.Ordinal);
        await _page.Locator("#network circle[data-kind=provider][data-contracts]").Nth(1).ClickAsync();
        await _page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "explorer.png"), FullPage = true });
        // QMS_UPDATE_DOCS=1 dotnet test --filter FullyQualifiedName~guided_tour rewrites the README's screenshot.
        if (Environment.GetEnvironmentVariable("QMS_UPDATE_DOCS") == "1")
            File.Copy(Path.Combine(BrowserFixture.Screenshots, "explorer.png"), Path.Combine(RepoPaths.Root, "docs", "figures", "explorer.png"), overwrite: true);
    }

    [Fact]
    public async Task In_a_narrow_window_every_control_has_a_label_and_nothing_overflows_sideways()
    {
        await Open(420, 900);
        var unlabelled = await _page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('input, select, button')].filter(e => !(e.labels?.length || e.getAttribute('aria-label') || e.textContent.trim()))"
            + ".map(e => e.id || e.outerHTML.slice(0, 60))");
        Assert.Empty(unlabelled);
        var wide = await _page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName + '#' + e.id + '.' + e.className)");
        Assert.True(wide.Length == 0, "wider than the window: " + string.Join(", ", wide.Take(10)));
        await Shot("narrow");
    }
}
