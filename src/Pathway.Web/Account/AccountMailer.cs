using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Email;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;

namespace Pathway.Web.Account;

/// <summary>
/// Sends the queued account e-mails, one at a time, after the page has answered. Only here is
/// the address looked up: an unknown address (or, for a confirmation, a confirmed one) gets
/// nothing, and no account gets more than the hourly limit, counted in the audit trail so that
/// every node sees the same count.
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
                    await SendAsync(request, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The {Kind} e-mail could not be sent", request.Kind);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; requests still queued are lost, and the person asks again.
        }
    }

    private async Task SendAsync(AccountMailRequest request, CancellationToken cancellationToken)
    {
        var culture = (SupportedCultures.ByCode(request.LanguageCode) ?? SupportedCultures.ByCode(SupportedCultures.DefaultCode)!).Culture;
        System.Globalization.CultureInfo.CurrentCulture = culture;
        System.Globalization.CultureInfo.CurrentUICulture = culture;
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PathwayUser>>();
        var user = await users.FindByEmailAsync(request.Email);
        if (user?.Email is null || (request.Kind == AccountMailKind.Confirmation && user.EmailConfirmed))
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
            logger.LogWarning("Account {UserId} had {Count} account e-mails in the last hour; the {Kind} e-mail was not sent", userId, sent, request.Kind);
            return;
        }

        var composer = new AccountMailComposer(users, scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Text>>());
        await sender.SendAsync(await composer.ComposeAsync(request, user, culture), cancellationToken);
        await db.AuditNowAsync(new AuditRecord(AuditAction.AccountMail, nameof(PathwayUser), userId, Details: request.Kind.ToString(),
            Actor: new AuditActor(null, "anonymous", user.TenantId, request.ClientAddress)), cancellationToken);
    }
}
