using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Analytics.Reports;
using Pathway.Platform.Audit;
using Pathway.Platform.Localization;
using Pathway.Platform.Printing;
using Pathway.Platform.Reporting;
using Pathway.Platform.Tenancy;

namespace Pathway.Cli.Commands;

/// <summary>
/// <c>pathway report list</c>: the reports of the library, one line each: name, parameters (optional
/// ones in brackets), title. <c>pathway report run NAME --param k=v ... --format pdf|xlsx|sdmx-csv
/// [--transmission] --output FILE</c>: runs a report as the office (all its organisations), keeps it
/// in the library and writes the file; ends with one line naming the file, its size and the data
/// version. A bad parameter is named with what is wrong, exit code 2, and nothing is written.
/// </summary>
internal static class ReportCommand
{
    public static Command Build()
    {
        var report = new Command("report", "The report library: office reports, official statistics and fund indicators as PDF, XLSX or SDMX-CSV");
        var tenantOption = new Option<string?>("--tenant") { Description = "The tenant by slug or id (demo: the demo tenant); default: the first one" };
        var languageOption = new Option<string>("--language") { Description = "The report's language: " + string.Join(", ", SupportedCultures.All.Select(l => l.Code)), DefaultValueFactory = _ => "en" };

        var list = new Command("list", "The reports there are, with their parameters") { languageOption };
        list.SetAction(async (parse, cancellationToken) =>
        {
            if (Language(parse.GetValue(languageOption)) is not { } culture)
            {
                await Console.Error.WriteLineAsync($"No language '{parse.GetValue(languageOption)}'; the languages are {string.Join(", ", SupportedCultures.All.Select(l => l.Code))}.");
                return ExitCodes.Usage;
            }

            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            foreach (var definition in scope.Services.GetRequiredService<ReportLibrary>().For(null))
            {
                var parameters = string.Join(' ', definition.Parameters.Select(p => p.Required ? p.Name : "[" + p.Name + "]"));
                await Console.Out.WriteLineAsync($"{definition.Name}\t{parameters}\t{definition.Title}");
            }

            return ExitCodes.Ok;
        });
        report.Subcommands.Add(list);
        report.Subcommands.Add(Run(tenantOption, languageOption));
        return report;
    }

    private static Command Run(Option<string?> tenantOption, Option<string> languageOption)
    {
        var name = new Argument<string>("NAME") { Description = "The report, as 'pathway report list' names it" };
        var parameters = new Option<string[]>("--param") { Description = "A parameter as name=value (month=2026-11, year=previous); repeat for each", AllowMultipleArgumentsPerToken = false };
        var format = new Option<string>("--format") { Description = "pdf, xlsx or sdmx-csv", Required = true };
        var transmission = new Option<bool>("--transmission") { Description = "SDMX-CSV only: the transmission with true small counts and their confidentiality flags, not the publication" };
        var output = new Option<FileInfo>("--output") { Description = "The file to write (replaced if it exists)", Required = true };
        var run = new Command("run", "Run a report as the office, keep it in the library and write its file")
        {
            name, parameters, format, transmission, output, tenantOption, languageOption,
        };
        run.SetAction(async (parse, cancellationToken) =>
        {
            var given = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var pair in parse.GetValue(parameters) ?? [])
            {
                var at = pair.IndexOf('=', StringComparison.Ordinal);
                if (at <= 0)
                {
                    await Console.Error.WriteLineAsync($"--param {pair}: write a parameter as name=value, such as month=2026-11.");
                    return ExitCodes.Usage;
                }

                if (!given.TryAdd(pair[..at].Trim(), pair[(at + 1)..]))
                {
                    await Console.Error.WriteLineAsync($"--param {pair}: {pair[..at].Trim()} is given twice.");
                    return ExitCodes.Usage;
                }
            }

            if (Language(parse.GetValue(languageOption)) is not { } culture)
            {
                await Console.Error.WriteLineAsync($"No language '{parse.GetValue(languageOption)}'; the languages are {string.Join(", ", SupportedCultures.All.Select(l => l.Code))}.");
                return ExitCodes.Usage;
            }

            await using var host = await CliHost.StartAsync(cancellationToken);
            Tenant? tenant;
            await using (var lookup = host.CreateScope())
            {
                tenant = await lookup.TenantAsync(parse.GetValue(tenantOption), cancellationToken);
            }

            if (tenant is null)
            {
                return ExitCodes.Failed;
            }

            // A scope of the office's own: what the report's module counts is this office's, all its organisations.
            await using var scope = host.CreateScope();
            scope.Services.GetRequiredService<TenantScopeOverride>().Scope = TenantScopeOverride.OfficeWide(tenant.Id);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            var library = scope.Services.GetRequiredService<ReportLibrary>();
            var actor = new AuditActor(null, string.Create(CultureInfo.InvariantCulture, $"pathway report run: {Environment.UserName}"), tenant.Id, null);
            ReportOutcome outcome;
            try
            {
                outcome = await library.RunAsync(tenant.Id, new ReportRequest(parse.GetValue(name), given, parse.GetValue(format), parse.GetValue(transmission)), null, actor, cancellationToken);
            }
            catch (PrintFontsMissingException missing)
            {
                await Console.Error.WriteLineAsync(missing.Message);
                return ExitCodes.Failed;
            }

            if (outcome.Entry is not { } entry)
            {
                foreach (var (field, problem) in outcome.Problems)
                {
                    await Console.Error.WriteLineAsync(outcome.NotFound ? problem : $"{field}: {problem}");
                }

                return ExitCodes.Usage;
            }

            var kept = await library.FileAsync(tenant.Id, entry.Id, null, actor, cancellationToken);
            var file = parse.GetValue(output)!;
            file.Directory?.Create();
            await OutputFile.WriteAtomicallyAsync(file.FullName, async stream => await stream.WriteAsync(kept!.Content, cancellationToken));
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{file.Name}: {entry.Size:N0} bytes, data version {entry.DataVersion}"));
            return ExitCodes.Ok;
        });
        return run;
    }

    // The language's own culture, Gregorian calendar included (Arabic and Dari readers get Gregorian months, as on the pages).
    private static CultureInfo? Language(string? code) => SupportedCultures.ByCode(code)?.Culture;
}
