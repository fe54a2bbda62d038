using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Persistence;
using Spectre.Console;

namespace Pathway.Cli.Commands;

internal static class MigrateCommand
{
    public static Command Build()
    {
        var command = new Command("migrate", "Apply pending database migrations (forward only)");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken, migrate: false);
            await using var scope = host.CreateScope();
            var migrator = scope.Services.GetRequiredService<DatabaseMigrator>();
            var pending = await migrator.PendingAsync(cancellationToken);
            if (pending.Count == 0)
            {
                AnsiConsole.MarkupLine($"[green]The {host.Options.Provider} database is up to date.[/]");
                return ExitCodes.Ok;
            }

            await CliConsole.Feedback.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Migrating", maxValue: pending.Count);
                await migrator.MigrateAsync(new Progress<MigrationScript>(script =>
                {
                    task.Increment(1);
                    task.Description = $"{script.Module}/{script.Version}";
                }), cancellationToken);
                task.Value = task.MaxValue;
            });
            AnsiConsole.MarkupLine($"[green]Applied {pending.Count} migration(s):[/] {Markup.Escape(string.Join(", ", pending.Select(p => $"{p.Module}/{p.Version}")))}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
