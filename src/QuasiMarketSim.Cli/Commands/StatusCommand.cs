using System.CommandLine;
using System.Globalization;
using QuasiMarketSim.Cluster.Client;
using QuasiMarketSim.Experiments.Comparison;
using QuasiMarketSim.Experiments.Replications;
using QuasiMarketSim.Experiments.SensitivityRuns;
using QuasiMarketSim.Experiments.Sweeps;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim status --cluster FILE [--attach ID]`: list the cluster's experiments, or reattach to one and collect its outputs.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var cluster = ClusterOption.Create("The cluster (README \"Running on a cluster\").");
        cluster.Required = true;
        var attach = new Option<string?>("--attach") { Description = "Reattach to experiment ID: wait for its units and write its outputs, as its submitter would have." };
        var quiet = new Option<bool>("--quiet") { Description = "Print nothing but errors." };
        var command = new Command("status", "List the cluster's experiments and their progress, or reattach to one (--attach) and collect it.") { cluster, attach, quiet };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            var file = parse.GetValue(cluster)!;
            var progress = new ProgressBar(error, parse.GetValue(quiet), "runs");
            return CommandGuard.Run(error, progress, "the experiment keeps running on the cluster: attach again", ct => ClusterOption.With(file, connection =>
            {
                if (parse.GetValue(attach) is { } id)
                {
                    var status = ClusterExperiments.Status(connection, id).GetAwaiter().GetResult();
                    if (status.Submission is not { } s) throw new ArgumentException($"--attach: the cluster knows no experiment {id} (quasim status --cluster {file} lists them)");
                    if (ClusterSweep.KindOf(s.Command) == "replications")
                    {
                        var replications = ClusterSweep.OnCluster(ClusterSweep.AttachReplications(s.Command), connection, progress, _ => { });
                        var result = ReplicateCommand.Finished(progress, ReplicationExperiment.Execute(replications, progress.Report, ct));
                        return ReplicateCommand.Report(parse, replications, result, parse.GetValue(quiet), plot: false);
                    }
                    if (ClusterSweep.KindOf(s.Command) == "compare")
                    {
                        var compare = ClusterSweep.OnCluster(ClusterSweep.AttachCompare(s.Command), connection, progress, _ => { });
                        return CompareCommand.Report(parse, CompareCommand.Finished(progress, PairedComparison.Execute(compare, progress.Report, ct)), parse.GetValue(quiet));
                    }
                    if (ClusterSweep.KindOf(s.Command) == "sensitivity")
                    {
                        var sensitivity = ClusterSweep.OnCluster(ClusterSweep.AttachSensitivity(s.Command), connection, progress, _ => { });
                        return SensitivityCommand.Report(parse, sensitivity, SensitivityCommand.Finished(progress, SensitivityExperiment.Execute(sensitivity, progress.Report, ct)),
                            parse.GetValue(quiet));
                    }
                    var request = ClusterSweep.Attach(s.Command, s.OutputDirectory);
                    var onCluster = ClusterSweep.OnCluster(request, connection, progress, _ => { });
                    return SweepCommand.Finish(parse, onCluster, SweepExperiment.Execute(onCluster, progress.Report, ct), parse.GetValue(quiet));
                }
                var list = ClusterExperiments.List(connection).GetAwaiter().GetResult();
                if (list.Count == 0) output.WriteLine("no experiments on this cluster");
                else output.WriteLine($"{"id",-12}  {"kind",-12}  {"done",13}  {"nodes",5}  {"state",-9}  output");
                foreach (var (listed, s) in list)
                {
                    var units = s.Submission?.Units ?? 0;
                    var folder = s.Submission is { } sub ? ClusterSweep.OutputOf(sub.Command) ?? sub.OutputDirectory : "";
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{listed,-12}  {s.Submission?.Kind ?? "?",-12}  {$"{s.Done}/{units}",13}  {s.Nodes,5}  {ClusterExperiments.StateOf(s),-9}  {folder}"));
                    if (s.Error is { } e) output.WriteLine($"  {e}");
                }
                return ExitCodes.Ok;
            }, ct));
        });
        return command;
    }
}
