using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Analytics.Warehouse;
using Spectre.Console;

namespace Pathway.Cli.Commands;

/// <summary>
/// <c>pathway warehouse rebuild [--tenant SLUG]</c>: builds the tenant's analytics warehouse anew from
/// what the modules hold now, showing how far it has come; ends with one line of the facts written and
/// the time it took.
/// </summary>
internal static class WarehouseCommand
{
    public static Command Build()
    {
        var warehouse = new Command("warehouse", "The analytics warehouse: pseudonymised facts fed from the outbox");
        var tenantOption = new Option<string?>("--tenant") { Description = "The tenant by slug or id (demo: the demo tenant); default: the first one" };
        var rebuild = new Command("rebuild", "Write every fact again from what the cases hold now; the outbox feed goes on meanwhile") { tenantOption };
        rebuild.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            if (await scope.TenantAsync(parse.GetValue(tenantOption), cancellationToken) is not { } tenant)
            {
                return ExitCodes.Failed;
            }

            var builder = scope.Services.GetRequiredService<WarehouseRebuild>();
            RebuildSummary? summary = null;
            await AnsiConsole.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                    var progress = new Progress<RebuildProgress>(p =>
                    {
                        if (!tasks.TryGetValue(p.Source, out var task))
                        {
                            task = tasks[p.Source] = context.AddTask(Markup.Escape(p.Source), maxValue: Math.Max(1, p.Total));
                        }

                        task.Value = p.Done;
                    });
                    summary = await builder.RunAsync(tenant.Id, string.Create(CultureInfo.InvariantCulture, $"cli: {Environment.UserName}"), progress, cancellationToken);
                });
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{tenant.Slug}: {summary!.Facts:N0} facts in {summary.Took.TotalSeconds:0.0} s"));
            return ExitCodes.Ok;
        });
        warehouse.Subcommands.Add(rebuild);
        return warehouse;
    }
}
