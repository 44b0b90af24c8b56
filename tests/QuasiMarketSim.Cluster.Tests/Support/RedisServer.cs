using System.Diagnostics;
using System.Net.Sockets;

namespace QuasiMarketSim.Cluster.Tests.Support;

/// <summary>
/// A Redis for the store tests: the one .ci/run started (QUASIM_TEST_REDIS=host:port), else a redis-server this
/// test starts on a free loopback port without persistence (stopped when disposed). No Redis fails the test, saying how to get one.
/// </summary>
internal sealed class RedisServer : IDisposable
{
    private readonly Process? _process;

    public RedisServer()
    {
        if (Environment.GetEnvironmentVariable("QUASIM_TEST_REDIS") is { Length: > 0 } given)
        {
            Connection = given;
            return;
        }
        var port = Ports.Free(1)[0];
        var info = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" }) info.ArgumentList.Add(a);
        try
        {
            _process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new Xunit.Sdk.XunitException("redis-server is not installed: apt-get install -y redis-server, or set QUASIM_TEST_REDIS=host:port (.ci/run does)");
        }
        Connection = $"127.0.0.1:{port}";
        var clock = Stopwatch.StartNew();
        while (!Answers(port))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10) || _process.HasExited) throw new Xunit.Sdk.XunitException($"redis-server did not start on port {port}");
            Thread.Sleep(50);
        }
    }

    /// <summary>The StackExchange.Redis connection string.</summary>
    public string Connection { get; }

    private static bool Answers(int port)
    {
        try
        {
            using var client = new TcpClient("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
    }
}
