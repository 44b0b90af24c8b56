using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using QuasiMarketSim.Cluster.Config;
using Orleans.Runtime.Hosting;
using QuasiMarketSim.Cluster.Grains;
using QuasiMarketSim.Cluster.Storage;
using QuasiMarketSim.Cluster.Worker;

namespace QuasiMarketSim.Cluster.Hosting;

/// <summary>A quasim silo: an Orleans silo hosting coordinators, plus a worker that runs units in its slots.</summary>
public static class SiloHost
{
    /// <summary>Builds (does not start) a silo for <paramref name="config"/> listening at <paramref name="endpoint"/> with <paramref name="slots"/> run slots.</summary>
    public static IHost Build(ClusterConfig config, SiloEndpoint endpoint, int slots, LogLevel logLevel = LogLevel.Warning)
    {
        RedisCheck.Reachable(config);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(logLevel)
            // Advice for big servers (server GC) and watchdog notes on a busy machine are not the user's to act on.
            .AddFilter("Orleans.Runtime.Silo", LogLevel.Error).AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        builder.UseOrleans(silo =>
        {
            if (config.Membership == MembershipProvider.Localhost)
            {
                var primary = endpoint.SiloPort == config.PrimaryPort ? null : new IPEndPoint(IPAddress.Loopback, config.PrimaryPort);
                silo.UseLocalhostClustering(endpoint.SiloPort, endpoint.GatewayPort, primary, ClusterConfig.ServiceId, config.ClusterId);
            }
            else
            {
                silo.UseRedisClustering(o => o.ConfigurationOptions = RedisCheck.Options(config));
                silo.ConfigureEndpoints(endpoint.Address, endpoint.SiloPort, endpoint.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(endpoint.Address));
                silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (config.ClusterId, ClusterConfig.ServiceId));
            }
            if (config.State == StateProvider.Redis) silo.AddRedisGrainStorage(ClusterNames.Storage, o => o.ConfigurationOptions = RedisCheck.Options(config));
            else if (config.State == StateProvider.Folder)
                silo.Services.AddGrainStorage(ClusterNames.Storage, (sp, _) => new FolderGrainStorage(config.StateFolder, sp.GetRequiredService<Orleans.Serialization.Serializer>()));
            else silo.AddMemoryGrainStorage(ClusterNames.Storage);
            silo.Configure<ClusterMembershipOptions>(o => Membership.Apply(o, config));
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = Membership.ResponseTimeout(config));
            silo.Services.AddSingleton(new LeaseSettings(TimeSpan.FromSeconds(config.LeaseSeconds)));
            silo.Services.AddSingleton(new WorkerSettings(slots, TimeSpan.FromMilliseconds(200)));
            silo.Services.AddHostedService<UnitWorker>();
        });
        return builder.Build();
    }
}
