using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Audit;
using Pathway.Platform.Tenancy;
using Pathway.Support.Retention;

namespace Pathway.Cli.Commands;

/// <summary>
/// <c>pathway retention run [--tenant SLUG] [--dry-run]</c>: the retention rules of every organisation
/// of the tenant, run now (once a day from the command line, as the nightly run is once a day), or only
/// counted. One line per rule and organisation: what it did or would do, and what a legal hold kept.
/// </summary>
internal static class RetentionCommand
{
    public static Command Build()
    {
        var retention = new Command("retention", "How long the support services keep their records");
        var tenant = new Option<string?>("--tenant") { Description = "The tenant by slug or id (default: the first one)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what the rules would anonymise or delete, and change nothing" };
        var run = new Command("run", "Anonymise the closed cases and delete the records whose period has run, except those under a legal hold")
        {
            tenant, dryRun,
        };
        run.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            if (await scope.TenantAsync(parse.GetValue(tenant), cancellationToken) is not { } found)
            {
                return ExitCodes.Failed;
            }

            var sweep = scope.Services.GetRequiredService<RetentionSweep>();
            var names = (await scope.Services.GetRequiredService<OrganisationDirectory>().GetAsync(cancellationToken)).Organisations.ToDictionary(o => o.Id, o => o.Name);
            string Owner(Guid? organisation) => organisation is { } id ? names.GetValueOrDefault(id, id.ToString()) : "the office (helpline)";
            if (parse.GetValue(dryRun))
            {
                foreach (var due in await sweep.DueAsync(found.Id, null, cancellationToken))
                {
                    await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{Owner(due.Rule.OrganisationId)}: {due.Rule.RecordType} after {due.Rule.Period.Amount} {due.Rule.Period.Unit}: would {Verb(due.Rule.Action)} {due.Due}, {due.HeldBack} held back"));
                }

                return ExitCodes.Ok;
            }

            var done = await sweep.RunAsync(found.Id, null, RetentionRun.CommandLine, new AuditActor(null, "pathway retention run", found.Id, null), cancellationToken);
            if (done is null)
            {
                await Console.Error.WriteLineAsync("The rules ran from the command line today already; --dry-run shows what is due now.");
                return ExitCodes.Failed;
            }

            foreach (var result in done.Results)
            {
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{Owner(result.OrganisationId)}: {result.RecordType}: {Verb(result.Action)}d {result.Acted}, {result.HeldBack} held back"));
            }

            if (done.Error is not null)
            {
                await Console.Error.WriteLineAsync($"The run stopped: {done.Error}");
                return ExitCodes.Failed;
            }

            return ExitCodes.Ok;
        });
        retention.Subcommands.Add(run);
        return retention;
    }

    private static string Verb(RetentionAction action) => action switch
    {
        RetentionAction.Anonymise => "anonymise",
        RetentionAction.Delete => "delete",
    };
}
