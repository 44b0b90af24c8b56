using System.CommandLine;
using QuasiMarketSim.Runners;
using QuasiMarketSim.Scenarios;

namespace QuasiMarketSim.Cli.Commands;

/// <summary>`quasim validate SCENARIO...`: check scenario files without running them.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("scenarios") { Description = "Scenario files or shipped scenario names.", Arity = ArgumentArity.OneOrMore };
        var set = new Option<string[]>("--set") { Description = "Overrides to check along with the files: path=value. Repeatable." };
        var command = new Command("validate", "Check scenario files and report every problem as file:line: path: message.") { files, set };
        command.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            var e = parse.InvocationConfiguration.Error;
            return CommandGuard.Run(e, null, "nothing was checked.", _ =>
            {
                var failed = 0;
                foreach (var name in parse.GetValue(files)!)
                {
                    string path;
                    try { path = ScenarioLocator.Resolve(name); }
                    catch (FileNotFoundException ex)
                    {
                        e.WriteLine($"{name}:0: (file): {ex.Message}");
                        failed++;
                        continue;
                    }
                    var problems = ScenarioLoader.Validate(path, parse.GetValue(set) ?? []);
                    CommandGuard.WriteProblems(e, problems);
                    if (problems.Count == 0) o.WriteLine($"{path}: ok");
                    else failed++;
                }
                return failed == 0 ? ExitCodes.Ok : ExitCodes.InvalidInput;
            });
        });
        return command;
    }
}
