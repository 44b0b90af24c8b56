using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace QuasiMarketSim.Explorer;

/// <summary>Builds the explorer's web application: Kestrel on the asked address, the endpoints, and no stack trace ever sent.</summary>
public static class ExplorerServer
{
    /// <summary>
    /// The application for <paramref name="options"/>; <paramref name="configure"/> lets tests host it in memory. The worlds'
    /// store is disposed with the application.
    /// </summary>
    public static WebApplication Build(ExplorerOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ExplorerServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(Address(options));
        var store = new WorldStore(options);
        builder.Services.AddSingleton(store);
        configure?.Invoke(builder);
        var app = builder.Build();
        // A bug answers 500 with one line, never the exception's stack.
        app.UseExceptionHandler(error => error.Run(context => ApiError.Problem(StatusCodes.Status500InternalServerError,
            [$"internal error ({context.Features.Get<IExceptionHandlerFeature>()?.Error.GetType().Name}): this is a bug in quasim explore"]).ExecuteAsync(context)));
        ExplorerApi.Map(app, store, options);
        return app;
    }

    /// <summary>The address the started <paramref name="app"/> listens on (the real port when 0 was asked for).</summary>
    public static string BoundAddress(WebApplication app) =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? app.Urls.First();

    /// <summary>The URL Kestrel binds for <paramref name="options"/> (IPv6 hosts bracketed).</summary>
    public static string Address(ExplorerOptions options) =>
        FormattableString.Invariant($"http://{(options.Host.Contains(':', StringComparison.Ordinal) ? $"[{options.Host}]" : options.Host)}:{options.Port}");
}
