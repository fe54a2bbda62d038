using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform;

namespace Pathway.Cli;

internal static class PathwayCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("pathway: administration, import/export and batch engines of the Pathway platform");
        var dev = new Command("dev", "Developer tools");
        var schema = new Command("schema-script", "Print the SQL that creates the current model (to write the next migration)");
        schema.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct, migrate: false);
            await using var scope = host.CreateScope();
            Console.WriteLine(scope.Db.Database.GenerateCreateScript());
            return 0;
        });
        dev.Subcommands.Add(schema);
        root.Subcommands.Add(dev);
        try
        {
            return await root.Parse(args).InvokeAsync();
        }
        catch (InvalidConfigurationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }
}
