using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Audit;
using Pathway.Platform.Email;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;

namespace Pathway.Web.Account;

/// <summary>
/// Works through the queued account requests, one at a time, after the page has answered. Only
/// here is the address looked up: an unknown address (or, for a confirmation, a confirmed one)
/// gets nothing; a registration makes the account if the address is free and otherwise tells the
/// owner of the attempt. No account gets more e-mails than the hourly limit, counted in the audit
/// trail so that every node sees the same count.
/// </summary>
internal sealed class AccountMailer(
    AccountMailQueue queue, IServiceScopeFactory scopes, IEmailSender sender, AccountMailOptions options, TimeProvider clock, ILogger<AccountMailer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var request in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await HandleAsync(request, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    if (stoppingToken.IsCancellationRequested)
                    {
                        // Cut short by the node stopping (a connection closed, the scope disposed), as the
                        // outbox's dispatcher is: the person asks again, as for a request still queued. Not a failure.
                        logger.LogInformation(e, "The {Kind} request stopped with the node", request.Kind);
                        return;
                    }

                    logger.LogError(e, "The {Kind} request could not be handled", request.Kind);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; requests still queued are lost, and the person asks again.
        }
    }

    private async Task HandleAsync(AccountMailRequest request, CancellationToken cancellationToken)
    {
        var culture = SupportedCultures.ForReader(request.LanguageCode).Culture;
        using var inTheirLanguage = InLanguage.Of(culture);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PathwayUser>>();
        var user = await users.FindByEmailAsync(request.Email);
        var kind = request.Kind;
        if (request.Registration is { } registration)
        {
            (user, kind) = user is null ? await RegisterAsync(users, request.Email, registration) : (user, AccountMailKind.RegistrationAttempt);
        }

        if (user?.Email is null || (kind == AccountMailKind.Confirmation && user.EmailConfirmed))
        {
            return;
        }

        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var userId = user.Id.ToString();
        var since = clock.GetUtcNow().UtcDateTime.AddHours(-1);
        var sent = await db.AuditEntries.CountAsync(
            e => e.EntityType == nameof(PathwayUser) && e.EntityId == userId && e.Action == AuditAction.AccountMail && e.At >= since, cancellationToken);
        if (sent >= options.PerAddressPerHour)
        {
            logger.LogWarning("Account {UserId} had {Count} account e-mails in the last hour; the {Kind} e-mail was not sent", userId, sent, kind);
            return;
        }

        var composer = new AccountMailComposer(users, scope.ServiceProvider.GetRequiredService<IStringLocalizer<Text>>());
        await sender.SendAsync(await composer.ComposeAsync(kind, request.LinkBase, user, culture), cancellationToken);
        await db.AuditNowAsync(new AuditRecord(AuditAction.AccountMail, nameof(PathwayUser), userId, Details: kind.ToString(),
            Actor: new AuditActor(null, "anonymous", user.TenantId, request.ClientAddress)), cancellationToken);
    }

    /// <summary>The migrant's account, or the account that took the address a moment earlier on another node.</summary>
    private async Task<(PathwayUser? User, AccountMailKind Kind)> RegisterAsync(UserManager<PathwayUser> users, string email, MigrantRegistration registration)
    {
        var user = new PathwayUser
        {
            Id = Guid.CreateVersion7(),
            TenantId = registration.TenantId,
            UserName = email,
            Email = email,
            DisplayName = registration.DisplayName,
            PreferredCulture = registration.PreferredCulture,
            CreatedAt = registration.CreatedAt,
            LockoutEnabled = true,
            PasswordHash = registration.PasswordHash,
        };
        var created = await users.CreateAsync(user);
        if (created.Succeeded)
        {
            var role = await users.AddToRoleAsync(user, Roles.Migrant);
            if (!role.Succeeded)
            {
                throw new InvalidOperationException($"The new account {user.Id} did not get the Migrant role: {string.Join("; ", role.Errors.Select(e => e.Code))}");
            }

            return (user, AccountMailKind.Confirmation);
        }

        if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            return (await users.FindByEmailAsync(email), AccountMailKind.RegistrationAttempt);
        }

        logger.LogWarning("A registration was refused after the answer: {Errors}", string.Join("; ", created.Errors.Select(e => e.Code)));
        return (null, AccountMailKind.Confirmation);
    }
}
