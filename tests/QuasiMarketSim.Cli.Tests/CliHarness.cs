using System.CommandLine;

namespace QuasiMarketSim.Cli.Tests;

/// <summary>Runs quasim in-process with captured output, inside a temporary folder removed afterwards.</summary>
public abstract class CliHarness : IDisposable
{
    protected string Root { get; } = Path.Combine(Path.GetTempPath(), "qms-cli-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>The exit code, standard output and standard error of `quasim ARGS`.</summary>
    protected static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.BuildRoot().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
