using System.Security.Cryptography;
using System.Text;
using QuasiMarketSim.Experiments.Execution;

namespace QuasiMarketSim.Cluster.Client;

/// <summary>
/// An experiment's id: a hash of its output folder and units' spec, so the same experiment submitted again (a
/// reconnecting client, `--attach`, a resubmission after its coordinator's state was lost) is the same experiment.
/// </summary>
public static class ExperimentIds
{
    /// <summary>The id of <paramref name="work"/> writing into <paramref name="outputDirectory"/>.</summary>
    public static string Of(string outputDirectory, IUnitWork work) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{outputDirectory}\n{work.Kind}\n{work.Spec}")))[..12];
}
