using System.CommandLine;
using QuasiMarketSim.Cluster.Config;
using QuasiMarketSim.Cluster.Hosting;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>The --cluster option shared by the commands that talk to a cluster.</summary>
internal static class ClusterOption
{
    public static Option<string?> Create(string description) => new("--cluster") { Description = description, HelpName = "FILE" };

    /// <summary>Reads the cluster file and connects (throws InputException for a bad file, ClusterUnavailableException when no silo answers).</summary>
    public static ClusterConnection Connect(string file, CancellationToken cancellation) =>
        ClusterConnection.Open(ClusterConfigReader.Read(file), cancellation).GetAwaiter().GetResult();

    /// <summary>Runs <paramref name="body"/> with a connection, closing it afterwards.</summary>
    public static int With(string file, Func<ClusterConnection, int> body, CancellationToken cancellation)
    {
        var connection = Connect(file, cancellation);
        try
        {
            return body(connection);
        }
        finally
        {
            connection.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
