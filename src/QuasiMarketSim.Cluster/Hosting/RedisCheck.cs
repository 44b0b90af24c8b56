using QuasiMarketSim.Cluster.Config;
using QuasiMarketSim.Scenarios;
using StackExchange.Redis;

namespace QuasiMarketSim.Cluster.Hosting;

/// <summary>Checks Redis answers before Orleans starts, so an unreachable Redis is one clear error (naming the file and field), not a hang.</summary>
internal static class RedisCheck
{
    public static void Reachable(ClusterConfig config)
    {
        if (config.Membership != MembershipProvider.Redis && config.State != StateProvider.Redis) return;
        ConfigurationOptions options;
        try
        {
            options = Options(config);
        }
        catch (ArgumentException e)
        {
            throw new InputException($"{config.File}: \"redis\": not a Redis connection string ({e.Message})");
        }
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 3000;
        options.ConnectRetry = 1;
        try
        {
            using var connection = ConnectionMultiplexer.Connect(options);
            connection.GetDatabase().Ping();
        }
        catch (RedisException e)
        {
            throw new InputException($"{config.File}: \"redis\": cannot reach Redis at {config.Redis} ({e.Message.Split('\n')[0]})");
        }
    }

    public static ConfigurationOptions Options(ClusterConfig config) => ConfigurationOptions.Parse(config.Redis!);
}
