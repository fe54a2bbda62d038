using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Protection;
using Spectre.Console;

namespace Pathway.Cli.Commands;

/// <summary>The tenants' data keys that seal special-category fields.</summary>
internal static class KeysCommand
{
    public static Command Build()
    {
        var keys = new Command("keys", "The tenants' data keys that seal special-category fields (health, vulnerability, trafficking and violence details)");
        keys.Subcommands.Add(Verb("rotate", "Start a new version of the tenant's data key and seal every special-category field under it; the old version still opens what it sealed until then", rotate: true));
        keys.Subcommands.Add(Verb("reseal", "Seal under the tenant's current key version what is behind it (values written before sealing began, or left by an interrupted rotation), as every start of the platform does", rotate: false));
        return keys;
    }

    private static Command Verb(string name, string description, bool rotate)
    {
        var tenantOption = new Option<string?>("--tenant") { Description = "The tenant by slug or id (demo: the demo tenant); default: the first one" };
        var command = new Command(name, description) { tenantOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            if (await scope.TenantAsync(parse.GetValue(tenantOption), cancellationToken) is not { } tenant)
            {
                return ExitCodes.Failed;
            }

            var resealer = scope.Services.GetRequiredService<SpecialCategoryResealer>();
            ResealSummary? summary = null;
            await CliConsole.Feedback.Status().StartAsync(rotate ? "Rotating the data key" : "Sealing what is behind", async status =>
            {
                var progress = new Progress<ResealProgress>(p => status.Status(string.Create(CultureInfo.InvariantCulture, $"{Markup.Escape(p.Field)}: {p.Sealed:N0} values sealed")));
                summary = rotate
                    ? await resealer.RotateAsync(tenant.Id, Environment.UserName, progress, cancellationToken)
                    : await resealer.ResealAsync(tenant.Id, progress, cancellationToken);
            });
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]{Markup.Escape(tenant.Slug)}: key v{summary!.KeyVersion},[/] {summary.Sealed:N0} values sealed under it."));
            if (summary.Unopenable > 0)
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{summary.Unopenable:N0} values did not open with the tenant's key and were left as they are: is Protection:MasterKey the one that sealed them?"));
                return ExitCodes.Failed;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
