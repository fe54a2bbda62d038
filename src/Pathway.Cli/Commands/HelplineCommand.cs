using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Helpline;
using Pathway.Support.Localization;
using Pathway.Support.Periods;
using Spectre.Console;

namespace Pathway.Cli.Commands;

/// <summary>
/// <c>pathway helpline import --file Master.csv [--queue-log queue_log] [--skip-invalid]</c> and
/// <c>pathway helpline stats --from DATE --to DATE --format json|csv</c>. Other programs call these:
/// the arguments, the JSON's names and the summaries are kept as they are.
/// </summary>
internal static class HelplineCommand
{
    public static Command Build()
    {
        var helpline = new Command("helpline", "The helpline's telephony files and figures");
        var tenant = new Option<string?>("--tenant") { Description = "The tenant by slug or id (default: the first one)" };

        var file = new Option<FileInfo>("--file") { Description = "Asterisk's Master.csv (cdr_csv, 16 to 21 columns, no header)", Required = true };
        var queueLog = new Option<FileInfo?>("--queue-log") { Description = "Asterisk's queue_log, for waiting times and abandoned calls" };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Import the lines that can be read and list the others, instead of refusing the files" };
        var import = new Command("import", "Import the calls of Master.csv (and the queue log's events); lines seen before are left alone, and nothing is half-imported")
        {
            file, queueLog, skipInvalid, tenant,
        };
        import.SetAction(async (parse, cancellationToken) =>
        {
            var master = parse.GetValue(file)!;
            var queue = parse.GetValue(queueLog);
            foreach (var given in new[] { master, queue }.OfType<FileInfo>())
            {
                if (!given.Exists)
                {
                    await Console.Error.WriteLineAsync($"There is no file {given.FullName}.");
                    return ExitCodes.Usage;
                }
            }

            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            if (await scope.TenantAsync(parse.GetValue(tenant), cancellationToken) is not { } found)
            {
                return ExitCodes.Failed;
            }

            var files = new HelplineFiles(
                master.Name, HelplineFiles.Lines(await File.ReadAllBytesAsync(master.FullName, cancellationToken)),
                queue?.Name, queue is null ? null : HelplineFiles.Lines(await File.ReadAllBytesAsync(queue.FullName, cancellationToken)));
            var importer = scope.Services.GetRequiredService<HelplineImporter>();
            var skip = parse.GetValue(skipInvalid);
            HelplineImportOutcome outcome = null!;
            // The status goes to stderr: stdout holds only the summary other programs read.
            var status = CliConsole.Feedback.Status();
            await status.StartAsync(string.Create(CultureInfo.InvariantCulture, $"Importing {files.CdrLines.Count:N0} lines"), async _ =>
                outcome = await importer.ImportAsync(found.Id, files, skip, "pathway helpline import", cancellationToken));
            var text = scope.Services.GetRequiredService<IStringLocalizer<SupportText>>();
            if (outcome.Refusal == ImportRefusal.Contention)
            {
                await Console.Error.WriteLineAsync("Nothing was imported: another import saved some of these rows at the same moment. Run the command again.");
                return ExitCodes.Failed;
            }

            var bad = outcome.CdrProblems.Select(p => $"{master.Name}: {HelplineText.CdrLine(p, text)}")
                .Concat(outcome.QueueLogProblems.Select(n => $"{queue!.Name}: {HelplineText.QueueLogLine(n, text)}")).ToList();
            if (!outcome.Saved)
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Nothing was imported: {bad.Count} lines cannot be read (--skip-invalid imports the others)."));
                foreach (var line in bad)
                {
                    await Console.Error.WriteLineAsync(line);
                }

                return ExitCodes.Failed;
            }

            var done = outcome.Import!;
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Imported {master.Name}: {done.RowsAdded} rows added, {done.RowsKnown} already there, {done.RowsSkipped} skipped."));
            if (queue is not null)
            {
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Imported {queue.Name}: {done.EventsAdded} events added, {done.EventsKnown} already there, {done.EventsSkipped} skipped."));
            }

            foreach (var line in bad)
            {
                await Console.Out.WriteLineAsync("Skipped " + line);
            }

            return ExitCodes.Ok;
        });

        var from = new Option<string>("--from") { Description = "The first day, YYYY-MM-DD (the office's days)", Required = true };
        var to = new Option<string>("--to") { Description = "The last day, YYYY-MM-DD, included", Required = true };
        var format = new Option<string>("--format") { Description = "json (one object) or csv (a header and one line)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var stats = new Command("stats", "The helpline's figures for a period: answered incoming, outgoing, automated helpline, redirected, abandoned, waiting")
        {
            from, to, format, tenant,
        };
        stats.SetAction(async (parse, cancellationToken) =>
        {
            if (Day(parse.GetValue(from)) is not { } first || Day(parse.GetValue(to)) is not { } last)
            {
                await Console.Error.WriteLineAsync("--from and --to are days written YYYY-MM-DD.");
                return ExitCodes.Usage;
            }

            if (Period.Check(first, last) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem == PeriodProblem.ToBeforeFrom ? "--to must be on or after --from." : "A period can be at most five years long.");
                return ExitCodes.Usage;
            }

            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            if (await scope.TenantAsync(parse.GetValue(tenant), cancellationToken) is not { } found)
            {
                return ExitCodes.Failed;
            }

            var desk = new HelplineDesk(scope.Db, new FixedTenantScopeAccessor(new TenantScope(found.Id, true, [])),
                scope.Services.GetRequiredService<OrganisationDirectory>(), TimeProvider.System);
            var figures = await desk.FiguresAsync(first, last, cancellationToken);
            await Console.Out.WriteAsync(parse.GetValue(format) == "csv" ? HelplineStatsFile.Csv(figures) : HelplineStatsFile.Json(figures) + Environment.NewLine);
            return ExitCodes.Ok;
        });

        helpline.Subcommands.Add(import);
        helpline.Subcommands.Add(stats);
        return helpline;
    }

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
