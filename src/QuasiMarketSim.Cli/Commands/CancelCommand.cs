using System.CommandLine;
using QuasiMarketSim.Cluster.Client;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim cancel ID --cluster FILE`: stop an experiment on the cluster (units already stored stay in its folder).</summary>
internal static class CancelCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The experiment's id (quasim status lists them)." };
        var cluster = ClusterOption.Create("The cluster (README \"Running on a cluster\").");
        cluster.Required = true;
        var command = new Command("cancel", "Cancel an experiment on the cluster: no more of its units run; those done stay in its folder's units/.") { id, cluster };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var file = parse.GetValue(cluster)!;
            var experiment = parse.GetValue(id)!;
            return CommandGuard.Run(error, null, "nothing was cancelled", ct => ClusterOption.With(file, connection =>
            {
                if (!ClusterExperiments.Cancel(connection, experiment).GetAwaiter().GetResult())
                    throw new ArgumentException($"the cluster knows no experiment {experiment} (quasim status --cluster {file} lists them)");
                parse.InvocationConfiguration.Output.WriteLine($"cancelled {experiment}");
                return ExitCodes.Ok;
            }, ct));
        });
        return command;
    }
}
