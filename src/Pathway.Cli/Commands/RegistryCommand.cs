using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Matching;
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
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async context =>
                    {
                        var tasks = new Dictionary<string, ProgressTask>();
                        var progress = new Progress<LinkageProgress>(p =>
                        {
                            lock (tasks)
                            {
                                if (!tasks.TryGetValue(p.Phase, out var task))
                                {
                                    tasks[p.Phase] = task = context.AddTask(p.Phase, maxValue: Math.Max(1, p.Total));
                                }

                                task.MaxValue = Math.Max(1, p.Total);
                                task.Value = Math.Min(p.Done, task.MaxValue);
                            }
                        });
                        summary = await scope.Services.GetRequiredService<IRegistryScan>().RunAsync(tenant, "manual", progress, cancellationToken);
                    });
                if (summary!.Error is not null)
                {
                    await Console.Error.WriteLineAsync($"The scan failed: {summary.Error}");
                    failed = true;
                    continue;
                }

                AnsiConsole.MarkupLine($"[green]{summary.Records:N0} records scanned in {summary.Elapsed.TotalSeconds:N1} s:[/] {summary.LikelySame:N0} likely duplicates, {summary.SharedDocuments:N0} shared document numbers, {summary.LostOrStolen:N0} listed documents newly queued.");
            }

            return failed ? ExitCodes.Failed : ExitCodes.Ok;
        });
        registry.Subcommands.Add(scan);
        return registry;
    }
}
