using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using QuasiMarketSim.Cluster.Config;
using QuasiMarketSim.Cluster.Hosting;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim silo [--cluster FILE]`: a worker node that joins the cluster and runs units in its slots until stopped.</summary>
internal static class SiloCommand
{
    public static Command Create()
    {
        var cluster = ClusterOption.Create("The cluster to join (default: a one-machine development cluster on ports 11111 and 30000).");
        var slots = CliOptions.Whole("--slots", "Units this node runs at once (default: its cores).", 1, 1024, Environment.ProcessorCount);
        var port = CliOptions.Optional("--port", "Silo-to-silo port (default 11111; the localhost cluster's primary_port for its first silo).", 1, 65535);
        var gateway = CliOptions.Optional("--gateway-port", "Port clients connect to (default 30000).", 1, 65535);
        var address = new Option<string?>("--address")
            { Description = "The address other machines reach this node at (Redis membership; default: this machine's first network address).", HelpName = "IP" };
        var command = new Command("silo", "Start a worker node: join the cluster and run experiments' units (Ctrl-C leaves; its units go to other nodes).")
            { cluster, slots, port, gateway, address };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            return CommandGuard.Run(error, null, "the silo left the cluster; its units are leased to other silos", ct =>
            {
                var config = parse.GetValue(cluster) is { } file ? ClusterConfigReader.Read(file) : ClusterConfigDefaults.Development();
                var ip = parse.GetValue(address) is { } a
                    ? (IPAddress.TryParse(a, out var parsed) ? parsed : throw new ArgumentException($"--address: expected an IP address; got {a}"))
                    : config.Membership == MembershipProvider.Localhost ? IPAddress.Loopback : NetworkAddress.First();
                var endpoint = new SiloEndpoint(parse.GetValue(port) ?? config.PrimaryPort, parse.GetValue(gateway) ?? config.Gateways[0], ip);
                using var host = SiloHost.Build(config, endpoint, parse.GetValue(slots));
                using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
                // SIGTERM (a scheduler stopping the node) leaves as gracefully as Ctrl-C.
                using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; cancel.Cancel(); });
                host.StartAsync(ct).GetAwaiter().GetResult();
                output.WriteLine($"silo joined cluster \"{config.ClusterId}\" ({config.Membership.ToString().ToLowerInvariant()}) at {ip}:{endpoint.SiloPort}, "
                    + $"gateway {endpoint.GatewayPort}, {parse.GetValue(slots)} slot(s); Ctrl-C to leave");
                output.Flush();
                cancel.Token.WaitHandle.WaitOne();
                using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10))) host.StopAsync(stop.Token).GetAwaiter().GetResult();
                output.WriteLine("silo left the cluster");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
