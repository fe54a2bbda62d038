using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.ApiKeys;
using Pathway.Platform.Demo;
using Pathway.Platform.Modules;
using Pathway.Platform.Tenancy;

namespace Pathway.Cli.Commands;

/// <summary><c>pathway apikeys create</c>: a key for scripts and load tests, printed alone so a shell can capture it.</summary>
internal static class ApiKeysCommand
{
    public static Command Build()
    {
        var keys = new Command("apikeys", "API keys");
        keys.Subcommands.Add(Create());
        return keys;
    }

    private static Command Create()
    {
        var name = new Option<string>("--name") { Description = "What the key is for", Required = true };
        var scopes = new Option<string>("--scopes") { Description = "Permissions the key carries, separated by spaces (e.g. \"cases.read cases.work\")", Required = true };
        var days = new Option<int>("--days") { Description = "Days the key is valid", DefaultValueFactory = _ => 30 };
        days.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 366)
            {
                result.AddError("--days must be between 1 and 366.");
            }
        });
        var tenant = new Option<string?>("--tenant") { Description = "Tenant slug or id (demo: the demo tenant); default: the first tenant" };
        // Ids are version 7, so the first office unit is the one made first (the demo's residence unit, where its cases are).
        var organisation = new Option<Guid?>("--organisation-id") { Description = "Organisation the key acts for; default: the tenant's first office unit" };
        var command = new Command("create", "Issue an API key and print it (only the key, on stdout)") { name, scopes, days, tenant, organisation };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            if (await scope.TenantAsync(parse.GetValue(tenant), cancellationToken) is not { } found)
            {
                return ExitCodes.Usage;
            }

            var asked = parse.GetValue(scopes)!.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var catalog = scope.Services.GetRequiredService<PermissionCatalog>();
            var unknown = asked.Where(s => !catalog.Exists(s)).ToList();
            if (asked.Length == 0 || unknown.Count > 0)
            {
                await Console.Error.WriteLineAsync($"Unknown scopes: {string.Join(", ", unknown)}. Known: {string.Join(", ", catalog.All.Order(StringComparer.Ordinal))}");
                return ExitCodes.Usage;
            }

            var organisations = scope.Db.Organisations.AsNoTracking().Where(o => o.TenantId == found.Id);
            var organisationId = parse.GetValue(organisation) is { } id
                ? await organisations.Where(o => o.Id == id).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken)
                : await organisations.Where(o => o.Kind == OrganisationKind.OfficeUnit).OrderBy(o => o.Id).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
            if (organisationId is null)
            {
                await Console.Error.WriteLineAsync($"Tenant '{found.Slug}' has no such organisation.");
                return ExitCodes.Usage;
            }

            var created = await scope.Services.GetRequiredService<ApiKeyService>()
                .CreateAsync(found.Id, organisationId.Value, parse.GetValue(name)!, asked, parse.GetValue(days), createdBy: null, cancellationToken);
            Console.WriteLine(created.Secret);
            return ExitCodes.Ok;
        });
        return command;
    }
}
