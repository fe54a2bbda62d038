using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Analytics.Warehouse;
using Pathway.Platform.Audit;
using Spectre.Console;

namespace Pathway.Cli.Commands;

/// <summary>
/// <c>pathway warehouse rebuild [--tenant SLUG]</c>: builds the tenant's analytics warehouse anew from
/// what the modules hold now, showing how far it has come; ends with one line of the facts written and
/// the time it took. <c>pathway warehouse export --output DIR [--tenant SLUG] [--table NAME]</c>: the
/// tenant's warehouse tables as Parquet files for analysts' own tools, each export audited; ends with
/// one line per file and its rows.
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
            await CliConsole.Feedback.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                    // Reports come on pool threads, from two writers at once on PostgreSQL.
                    var progress = new Progress<RebuildProgress>(p =>
                    {
                        lock (tasks)
                        {
                            if (!tasks.TryGetValue(p.Source, out var task))
                            {
                                task = tasks[p.Source] = context.AddTask(Markup.Escape(p.Source), maxValue: Math.Max(1, p.Total));
                            }

                            task.Value = Math.Max(task.Value, p.Done);
                        }
                    });
                    summary = await builder.RunAsync(tenant.Id, string.Create(CultureInfo.InvariantCulture, $"cli: {Environment.UserName}"), progress, cancellationToken);
                });
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{tenant.Slug}: {summary!.Facts:N0} facts in {summary.Took.TotalSeconds:0.0} s"));
            return ExitCodes.Ok;
        });
        warehouse.Subcommands.Add(rebuild);
        warehouse.Subcommands.Add(Export(tenantOption));
        return warehouse;
    }

    private static Command Export(Option<string?> tenantOption)
    {
        var output = new Option<DirectoryInfo>("--output") { Description = "The folder the files go to (made if missing); a file of the same name is replaced", Required = true };
        var table = new Option<string?>("--table") { Description = "One table only: " + string.Join(", ", ParquetExport.TableNames) };
        var export = new Command("export", "Write the tenant's warehouse tables as Apache Parquet files (pseudonymised, without the tenant column), NAME.parquet each; audited")
        {
            output, tenantOption, table,
        };
        export.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(table) is { } named && !ParquetExport.Exists(named))
            {
                await Console.Error.WriteLineAsync($"No table '{named}'; the tables are {string.Join(", ", ParquetExport.TableNames)}.");
                return ExitCodes.Usage;
            }

            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            if (await scope.TenantAsync(parse.GetValue(tenantOption), cancellationToken) is not { } tenant)
            {
                return ExitCodes.Failed;
            }

            var folder = parse.GetValue(output)!;
            folder.Create();
            var parquet = scope.Services.GetRequiredService<ParquetExport>();
            var tables = (await parquet.TablesAsync(tenant.Id, cancellationToken))
                .Where(t => parse.GetValue(table) is not { } only || t.Name == only).ToList();
            var actor = new AuditActor(null, string.Create(CultureInfo.InvariantCulture, $"pathway warehouse export: {Environment.UserName}"), tenant.Id, null);
            var written = new List<(string File, long Rows)>();
            await CliConsole.Feedback.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    foreach (var exportable in tables)
                    {
                        var task = context.AddTask(Markup.Escape(exportable.File), maxValue: Math.Max(1, exportable.Rows));
                        var progress = new Progress<long>(done => task.Value = done);
                        long rows = 0;
                        await OutputFile.WriteAtomicallyAsync(Path.Combine(folder.FullName, exportable.File), async stream =>
                            rows = await parquet.ExportAsync(tenant.Id, exportable.Name, stream, actor, progress, cancellationToken: cancellationToken) ?? 0);
                        task.Value = task.MaxValue;
                        written.Add((exportable.File, rows));
                    }
                });
            foreach (var (file, rows) in written)
            {
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{file}: {rows:N0} rows"));
            }

            return ExitCodes.Ok;
        });
        return export;
    }
}
