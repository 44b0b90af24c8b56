using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using QuasiMarketSim.Cluster.Config;

namespace QuasiMarketSim.Cluster.Hosting;

/// <summary>A client's connection to the cluster (submit, status, cancel). Fails within seconds, saying so, when no silo answers.</summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);
    private readonly IHost _host;

    private ClusterConnection(IHost host, ClusterConfig config)
    {
        _host = host;
        Config = config;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    /// <summary>The cluster file read.</summary>
    public ClusterConfig Config { get; }

    /// <summary>The Orleans client.</summary>
    public IClusterClient Client { get; }

    /// <summary>Connects, or throws <see cref="ClusterUnavailableException"/> naming the cluster file when no silo answers.</summary>
    public static async Task<ClusterConnection> Open(ClusterConfig config, CancellationToken cancellation = default)
    {
        RedisCheck.Reachable(config);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            if (config.Membership == MembershipProvider.Localhost)
                client.UseLocalhostClustering([.. config.Gateways], ClusterConfig.ServiceId, config.ClusterId);
            else
            {
                client.UseRedisClustering(o => o.ConfigurationOptions = RedisCheck.Options(config));
                client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (config.ClusterId, ClusterConfig.ServiceId));
            }
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(Math.Min(10, config.ProbeSeconds * 2)));
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = Membership.ResponseTimeout(config));
        });
        var host = builder.Build();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            await host.StartAsync(timeout.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            host.Dispose();
            var why = e is OperationCanceledException ? $"within {ConnectTimeout.TotalSeconds:F0} s" : $"({e.GetType().Name}: {e.Message.Split('\n')[0]})";
            throw new ClusterUnavailableException($"{config.File}: no silo of cluster \"{config.ClusterId}\" answered {why} ({Where(config)}): start one with "
                + $"`quasim silo --cluster {config.File}`");
        }
        return new ClusterConnection(host, config);
    }

    private static string Where(ClusterConfig c) => c.Membership == MembershipProvider.Localhost
        ? $"gateway ports {string.Join(", ", c.Gateways)} on this machine"
        : $"membership in Redis at {c.Redis}";

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _host.StopAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Leaving a dead cluster: nothing to close gracefully.
        }
        _host.Dispose();
    }
}

/// <summary>No silo of the cluster answered.</summary>
public sealed class ClusterUnavailableException(string message) : Exception(message);
