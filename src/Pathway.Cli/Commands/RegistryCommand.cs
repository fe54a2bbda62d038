using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.People.Duplicates;
using Spectre.Console;

namespace Pathway.Cli.Commands;

internal static class RegistryCommand
{
    public static Command Build()
    {
        var registry = new Command("registry", "The person registry");
        var scan = new Command("scan", "Scan the whole registry for likely duplicates, shared document numbers and listed documents, as the nightly job does; findings go to the review queue");
        scan.SetAction(async (_, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken);
            var tenants = new List<Guid>();
            await using (var scope = host.CreateScope())
            {
                tenants = await scope.Db.Tenants.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken);
            }

            var failed = false;
            foreach (var tenant in tenants)
            {
                await using var scope = host.CreateScope();
                ScanSummary? summary = null;
                await LinkageCommands.WithProgressAsync(async progress =>
                    summary = await scope.Services.GetRequiredService<IRegistryScan>().RunAsync(tenant, "manual", progress, cancellationToken));
                if (summary!.Error is not null)
                {
                    await Console.Error.WriteLineAsync($"The scan failed: {summary.Error}");
                    failed = true;
                    continue;
                }

                AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]{summary.Records:N0} records scanned in {summary.Elapsed.TotalSeconds:N1} s:[/] {summary.LikelySame:N0} likely duplicates, {summary.SharedDocuments:N0} shared document numbers, {summary.LostOrStolen:N0} listed documents newly queued."));
            }

            return failed ? ExitCodes.Failed : ExitCodes.Ok;
        });
        registry.Subcommands.Add(scan);
        return registry;
    }
}
