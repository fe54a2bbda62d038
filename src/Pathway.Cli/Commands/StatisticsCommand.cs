using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Analytics.OfficialStatistics;
using Pathway.Platform.Audit;

namespace Pathway.Cli.Commands;

/// <summary>
/// <c>pathway statistics permits --year YYYY --output DIR [--tenant SLUG]</c>: the year's Eurostat
/// residence-permit tables from the warehouse (first permits, changes of status), each as the
/// transmission and the publication in SDMX-CSV, audited; one line per file, then the time taken.
/// When some permits cannot be counted it names why and writes nothing.
/// </summary>
internal static class StatisticsCommand
{
    public static Command Build()
    {
        var statistics = new Command("statistics", "Official statistics made from the analytics warehouse");
        var year = new Option<int>("--year") { Description = "The reference year", Required = true };
        var output = new Option<DirectoryInfo>("--output") { Description = "The folder the files go to (made if missing); a file of the same name is replaced", Required = true };
        var tenantOption = new Option<string?>("--tenant") { Description = "The tenant by slug or id (demo: the demo tenant); default: the first one" };
        var permits = new Command("permits", "Eurostat's residence-permit tables of a year (MIGR_RESFIRST, MIGR_RESCHANGE) as SDMX-CSV, the transmission and the publication; audited")
        {
            year, output, tenantOption,
        };
        permits.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            if (await scope.TenantAsync(parse.GetValue(tenantOption), cancellationToken) is not { } tenant)
            {
                return ExitCodes.Failed;
            }

            var started = TimeProvider.System.GetTimestamp();
            var actor = new AuditActor(null, string.Create(CultureInfo.InvariantCulture, $"pathway statistics permits: {Environment.UserName}"), tenant.Id, null);
            var files = await scope.Services.GetRequiredService<PermitStatistics>().FilesAsync(tenant.Id, parse.GetValue(year), actor, cancellationToken);
            var took = TimeProvider.System.GetElapsedTime(started);
            if (files.Problems.Count > 0)
            {
                foreach (var problem in files.Problems)
                {
                    await Console.Error.WriteLineAsync(problem);
                }

                return ExitCodes.Failed;
            }

            var folder = parse.GetValue(output)!;
            folder.Create();
            foreach (var file in files.Files)
            {
                await OutputFile.WriteAtomicallyAsync(Path.Combine(folder.FullName, file.Name), stream => stream.WriteAsync(file.Content, cancellationToken).AsTask());
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{file.Name}: {file.Cells:N0} cells, {file.Primary:N0} primary, {file.Secondary:N0} secondary"));
            }

            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{tenant.Slug} {files.Year}: {files.Permits:N0} permits in {took.TotalSeconds:0.0} s"));
            return ExitCodes.Ok;
        });
        statistics.Subcommands.Add(permits);
        return statistics;
    }
}
