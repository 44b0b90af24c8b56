using System.CommandLine;
using System.Text.RegularExpressions;
using QuasiMarketSim.Cli;

namespace QuasiMarketSim.Cluster.Tests.Support;

/// <summary>`quasim ARGS` run in this process with captured output, and the experiment id a cluster submission prints.</summary>
internal static partial class InProcessQuasim
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = Program.BuildRoot().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The id in "submitted as experiment ID" of a client's standard error.</summary>
    public static string SubmittedId(string stderr) => SubmittedAs().Match(stderr).Groups[1].Value;

    [GeneratedRegex("submitted as experiment ([0-9a-f]+)")]
    private static partial Regex SubmittedAs();
}
