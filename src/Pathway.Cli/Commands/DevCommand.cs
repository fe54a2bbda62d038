using System.CommandLine;
using Microsoft.EntityFrameworkCore;

namespace Pathway.Cli.Commands;

internal static class DevCommand
{
    public static Command Build()
    {
        var dev = new Command("dev", "Developer tools");
        var schema = new Command("schema-script", "Print the SQL that creates the current model, to compare with the migrations when writing the next one");
        schema.SetAction(async (_, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken, migrate: false);
            await using var scope = host.CreateScope();
            Console.WriteLine(scope.Db.Database.GenerateCreateScript());
            return ExitCodes.Ok;
        });
        dev.Subcommands.Add(schema);
        dev.Subcommands.Add(CheckBenchCommand.Build());
        return dev;
    }
}
