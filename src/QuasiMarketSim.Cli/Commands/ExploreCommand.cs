using System.CommandLine;
using QuasiMarketSim.Explorer;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim explore [SCENARIO]`: a local web page that runs the model live, for students and workshops.</summary>
internal static class ExploreCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario")
        {
            Description = "The shipped scenario the page opens with (others can be chosen on the page).",
            DefaultValueFactory = _ => Scenarios.ScenarioLocator.DefaultScenario,
        };
        var host = new Option<string>("--host") { Description = "Address to listen on (default 127.0.0.1: this computer only).", DefaultValueFactory = _ => "127.0.0.1" };
        var port = CliOptions.Whole("--port", "Port to listen on (0: any free port).", 0, 65535, 5100);
        var command = new Command("explore", "Serve a live, in-browser view of the quasi-market: levers, plots, the network of contracts. Ctrl-C stops it.")
            { scenario, host, port };
        command.SetAction(async (parse, cancellation) =>
        {
            var output = parse.InvocationConfiguration.Output;
            return await CommandGuard.RunAsync(parse.InvocationConfiguration.Error, "the explorer stopped.", async ct =>
            {
                var name = parse.GetValue(scenario)!;
                ShippedScenarios.PathOf(name);
                var options = new ExplorerOptions { Host = parse.GetValue(host)!, Port = parse.GetValue(port), Scenario = name };
                await using var app = ExplorerServer.Build(options);
                await app.StartAsync(ct).ConfigureAwait(false);
                output.WriteLine($"QuasiMarketSim explorer: open {ExplorerServer.BoundAddress(app)}/ in a browser (Ctrl-C stops it)");
                try
                {
                    await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    output.WriteLine("stopping");
                }
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
                return ExitCodes.Ok;
            }, cancellation).ConfigureAwait(false);
        });
        return command;
    }
}
