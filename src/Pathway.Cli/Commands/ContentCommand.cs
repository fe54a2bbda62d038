using System.CommandLine;
using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Localization;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Content;
using Pathway.Portal.Exchange;

namespace Pathway.Cli.Commands;

/// <summary>
/// <c>pathway content export|import</c>: the portal's content in and out of translation tools as XLIFF.
/// Other programs call these: the arguments and the one-line summaries are kept as they are.
/// </summary>
internal static class ContentCommand
{
    public static Command Build()
    {
        var content = new Command("content", "The migrant portal's content and its translations");
        var tenant = new Option<string?>("--tenant") { Description = "The tenant by slug or id (default: the first one)" };

        var format = new Option<string>("--format") { Description = "xliff2 (XLIFF 2.0) or xliff12 (XLIFF 1.2)", Required = true };
        format.AcceptOnlyFromAmong("xliff2", "xliff12");
        var source = new Option<string>("--source") { Description = "The source language: every item written in it is exported", Required = true };
        var target = new Option<string>("--target") { Description = "The target language, one per file", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "The file to write", Required = true };
        var export = new Command("export", "Write every item written in the source language, with its translation into the target language, as one XLIFF file")
        {
            format, source, target, output, tenant,
        };
        export.SetAction(async (parse, cancellationToken) =>
        {
            var from = SupportedCultures.ByCode(parse.GetValue(source))?.Code;
            var to = SupportedCultures.ByCode(parse.GetValue(target))?.Code;
            if (from is null || to is null || from == to)
            {
                var codes = string.Join(", ", SupportedCultures.All.Select(l => l.Code));
                await Console.Error.WriteLineAsync($"--source and --target must be two different languages of the portal: {codes}.");
                return ExitCodes.Usage;
            }

            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            if (await scope.TenantAsync(parse.GetValue(tenant), cancellationToken) is not { } found)
            {
                return ExitCodes.Failed;
            }

            var exchange = Exchange(scope, found.Id);
            var result = await exchange.ExportAsync(from, to, XliffFormats.Of(parse.GetValue(format))!.Value, cancellationToken);
            if (result is null)
            {
                await Console.Error.WriteLineAsync($"No item is written in {from}.");
                return ExitCodes.Failed;
            }

            var file = parse.GetValue(output)!;
            await OutputFile.WriteAtomicallyAsync(file.FullName, stream => result.Document.SaveAsync(stream, Pathway.Portal.Exchange.ContentExchange.SaveOptions, cancellationToken));
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Exported {result.Items} items ({result.Units} units) {from} -> {to} to {file.FullName}."));
            return ExitCodes.Ok;
        });

        var input = new Option<FileInfo>("--file") { Description = "The XLIFF 2.0 or 1.2 file a translation tool gave back", Required = true };
        var import = new Command("import", "Save the translations of an XLIFF file, all or nothing; every problem is named with its item and unit")
        {
            input, tenant,
        };
        import.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"There is no file {file.FullName}.");
                return ExitCodes.Usage;
            }

            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            if (await scope.TenantAsync(parse.GetValue(tenant), cancellationToken) is not { } found)
            {
                return ExitCodes.Failed;
            }

            await using var stream = file.OpenRead();
            var outcome = await Exchange(scope, found.Id).ImportAsync(stream, new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "pathway content import")], "cli")), cancellationToken);
            if (!outcome.Succeeded)
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Nothing was saved: the file has {outcome.Problems.Count} problems."));
                foreach (var problem in outcome.Problems)
                {
                    var where = string.Join(", ", new[] { problem.File is null ? null : "item " + problem.File, problem.Unit is null ? null : "unit " + problem.Unit }.OfType<string>());
                    var message = string.Format(CultureInfo.InvariantCulture, problem.Message, problem.Arguments);
                    await Console.Error.WriteLineAsync(where.Length == 0 ? message : $"{where}: {message}");
                }

                return ExitCodes.Failed;
            }

            var changed = outcome.Items.Count(i => i.Changed);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Imported {outcome.Items.Count} items: {changed} changed, {outcome.Items.Count - changed} unchanged."));
            return ExitCodes.Ok;
        });

        content.Subcommands.Add(export);
        content.Subcommands.Add(import);
        return content;
    }

    /// <summary>The exchange as the tenant's editors see it: every organisation's items.</summary>
    private static ContentExchange Exchange(CliScope scope, Guid tenant)
    {
        var tenantScope = new FixedTenantScopeAccessor(new TenantScope(tenant, true, []));
        var pages = scope.Services.GetRequiredService<Pathway.Platform.Caching.PublicPageCache>();
        var search = new Pathway.Portal.Search.SearchIndex(scope.Db, scope.Services.GetRequiredService<Pathway.Portal.Search.WordFrequencies>());
        return new(scope.Db, new ContentDesk(scope.Db, tenantScope, TimeProvider.System, pages, search, new Pathway.Portal.Glossary.GlossaryTerms(scope.Db, tenantScope)), tenantScope, TimeProvider.System, pages, search);
    }
}
