using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Spectre.Console;

namespace Pathway.Cli.Commands;

internal static class UsersCommand
{
    public static Command Build()
    {
        var users = new Command("users", "User accounts");
        users.Subcommands.Add(Add());
        users.Subcommands.Add(List());
        users.Subcommands.Add(ResetTwoFactor());
        return users;
    }

    private static Command Add()
    {
        var email = new Option<string>("--email") { Description = "E-mail address, also the sign-in name", Required = true };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var organisation = new Option<string?>("--organisation") { Description = "Organisation name or id (staff); default: the tenant's first office unit" };
        var password = new Option<string?>("--password") { Description = "Initial password; a strong one is generated and printed when omitted" };
        var command = new Command("add", "Create an account") { email, name, role, organisation, password };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            var tenant = await scope.Db.Tenants.OrderBy(t => t.CreatedAt).FirstOrDefaultAsync(cancellationToken);
            if (tenant is null)
            {
                await Console.Error.WriteLineAsync("There is no tenant yet: run 'pathway seed' or start the platform once.");
                return ExitCodes.Failed;
            }

            var chosenRole = parse.GetValue(role)!;
            Guid? organisationId = null;
            if (chosenRole != Roles.Migrant)
            {
                var wanted = parse.GetValue(organisation);
                var organisations = await scope.Db.Organisations.Where(o => o.TenantId == tenant.Id).ToListAsync(cancellationToken);
                var match = wanted is null
                    ? organisations.FirstOrDefault(o => o.Kind == OrganisationKind.OfficeUnit)
                    : organisations.FirstOrDefault(o => o.Id.ToString() == wanted || string.Equals(o.Name, wanted, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    await Console.Error.WriteLineAsync($"No organisation '{wanted}'. Known: {string.Join(", ", organisations.Select(o => o.Name))}");
                    return ExitCodes.Usage;
                }

                organisationId = match.Id;
            }

            var accounts = scope.Services.GetRequiredService<AccountAdministration>();
            var outcome = await accounts.CreateAsync(tenant.Id, new NewAccount(parse.GetValue(email), parse.GetValue(name), chosenRole, organisationId, parse.GetValue(password)), cancellationToken);
            if (!outcome.Succeeded)
            {
                await Console.Error.WriteLineAsync($"The account was not created: {string.Join(" ", outcome.Errors.SelectMany(e => e.Value))}");
                return ExitCodes.Failed;
            }

            AnsiConsole.MarkupLine($"[green]Created[/] {Markup.Escape(outcome.User!.Email ?? "")} ({chosenRole}).");
            if (outcome.GeneratedPassword is { } initialPassword)
            {
                AnsiConsole.MarkupLine($"Initial password (shown once): [bold]{Markup.Escape(initialPassword)}[/]");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List accounts with their roles and two-factor state");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            string[] header = ["E-mail", "Name", "Roles", "Two-factor", "Locked"];
            var rows = new List<string[]>();
            foreach (var user in await scope.Db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken))
            {
                var roles = await scope.Users.GetRolesAsync(user);
                var locked = user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow;
                rows.Add([user.Email ?? "", user.DisplayName, string.Join(", ", roles), user.TwoFactorEnabled ? "on" : "off", locked ? "yes" : "no"]);
            }

            if (Console.IsOutputRedirected)
            {
                // Piped into a script: tab-separated lines, never cut to a terminal's width.
                foreach (var row in rows.Prepend(header))
                {
                    Console.WriteLine(string.Join('\t', row));
                }

                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns(header);
            foreach (var row in rows)
            {
                table.AddRow(row.Select(Markup.Escape).ToArray());
            }

            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ResetTwoFactor()
    {
        var email = new Option<string>("--email") { Description = "The account's e-mail", Required = true };
        var command = new Command("reset-2fa", "Switch off two-factor sign-in for a lost phone; the user enrols again at the next sign-in") { email };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            var user = await scope.Users.FindByEmailAsync(parse.GetValue(email)!.Trim());
            if (user is null)
            {
                await Console.Error.WriteLineAsync($"No account with the e-mail {parse.GetValue(email)}.");
                return ExitCodes.Failed;
            }

            await scope.Services.GetRequiredService<AccountAdministration>().ResetTwoFactorAsync(user, "from the command line", cancellationToken);
            AnsiConsole.MarkupLine($"[green]Two-factor sign-in reset for[/] {Markup.Escape(user.Email ?? "")}; signed out everywhere.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
