using System.CommandLine;
using System.Diagnostics;
using QuasiMarketSim.Cli;
using QuasiMarketSim.Cluster.Tests.Support;

namespace QuasiMarketSim.Cluster.Tests.Cli;

/// <summary>A wrong cluster file fails at once, naming the file and the field (exit 1); a cluster with no silo says so within seconds.</summary>
public sealed class BadClusterFileTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private (int Code, string Err) Run(string json, params string[] args)
    {
        var file = _dir.Sub("cluster.json");
        File.WriteAllText(file, json);
        var error = new StringWriter();
        var code = Program.BuildRoot().Parse([.. args, "--cluster", file]).Invoke(new InvocationConfiguration { Output = new StringWriter(), Error = error });
        return (code, error.ToString());
    }

    [Theory]
    [InlineData("""{ "membership": "zookeeper" }""", "\"membership\": unknown provider \"zookeeper\"")]
    [InlineData("""{ "membership": "localhost", "primary_port": "11111" }""", "\"primary_port\": expected a number")]
    [InlineData("""{ "membership": "localhost", "gateways": 30000 }""", "\"gateways\": expected a list")]
    [InlineData("""{ "membership": "redis" }""", "\"redis\": expected a Redis connection string")]
    [InlineData("""{ "membershp": "localhost" }""", "unknown field \"membershp\"")]
    [InlineData("""{ "membership": 3 }""", "\"membership\": expected a string")]
    public void A_wrong_field_is_named_with_the_file_and_exits_1(string json, string expected)
    {
        var (code, err) = Run(json, "status");
        Assert.Equal(1, code);
        Assert.Contains("cluster.json", err, StringComparison.Ordinal);
        Assert.Contains(expected, err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_redis_is_named_and_exits_1_within_seconds()
    {
        var port = Ports.Free(1)[0];
        var clock = Stopwatch.StartNew();
        var (code, err) = Run($$"""{ "membership": "redis", "redis": "127.0.0.1:{{port}}" }""", "status");
        Assert.Equal(1, code);
        Assert.Contains($"\"redis\": cannot reach Redis at 127.0.0.1:{port}", err, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_cluster_with_no_silo_says_so_within_seconds()
    {
        var ports = Ports.Free(2);
        var clock = Stopwatch.StartNew();
        var (code, err) = Run($$"""{ "membership": "localhost", "primary_port": {{ports[0]}}, "gateways": [{{ports[1]}}] }""", "status");
        Assert.Equal(2, code);
        Assert.Contains("no silo of cluster \"quasim\" answered", err, StringComparison.Ordinal);
        Assert.Contains("quasim silo --cluster", err, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }
}
