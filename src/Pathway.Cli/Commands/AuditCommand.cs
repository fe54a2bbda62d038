using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Audit;
using Spectre.Console;

namespace Pathway.Cli.Commands;

internal static class AuditCommand
{
    public static Command Build()
    {
        var audit = new Command("audit", "The audit trail");
        var verify = new Command("verify", "Check the hash chain of the audit trail and report the first broken link");
        verify.SetAction(async (_, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            // The same check as the audit page's "Verify the chain".
            var trail = scope.Services.GetRequiredService<AuditTrail>();
            var total = await trail.CountAsync(cancellationToken);
            AuditVerification? result = null;
            await CliConsole.Feedback.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Verifying the audit chain", maxValue: Math.Max(1, total));
                result = await trail.VerifyAsync(new Progress<long>(done => task.Value = done), cancellationToken);
                task.Value = task.MaxValue;
            });
            if (result!.Break is not { } broken)
            {
                AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]The audit chain holds:[/] {result.Entries:N0} entries verified."));
                return ExitCodes.Ok;
            }

            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"The audit chain is broken at entry {broken.Sequence}: {broken.Problem}."));
            return ExitCodes.Failed;
        });
        audit.Subcommands.Add(verify);
        return audit;
    }
}
