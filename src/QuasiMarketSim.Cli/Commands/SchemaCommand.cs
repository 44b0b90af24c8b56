using System.CommandLine;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim schema`: print the JSON Schema of scenario files (scenarios/scenario.schema.json is this output).</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the JSON Schema for scenario files (editors use it to complete and check them).");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(ScenarioSchemaWriter.Generate());
            return ExitCodes.Ok;
        });
        return command;
    }
}
