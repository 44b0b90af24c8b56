using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace QuasiMarketSim.Explorer.Tests.Browser;

/// <summary>
/// The explorer on a real loopback port and Debian's headless Chromium driven by Playwright (launched by path: Playwright's
/// own browser download is not used). No Chromium is a failure, not a skip: .ci/run installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Chromium is expected (Debian's package); QMS_CHROMIUM overrides it.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("QMS_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string Address { get; private set; } = "";

    /// <summary>Screenshots land here, beside the test binaries, for a person to look at.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: install it (apt-get install -y chromium; .ci/run does) or set QMS_CHROMIUM");
        _app = ExplorerServer.Build(new ExplorerOptions { Port = 0 });
        await _app.StartAsync();
        Address = ExplorerServer.BoundAddress(_app);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
