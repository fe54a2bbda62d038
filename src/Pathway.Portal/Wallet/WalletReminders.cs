using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Notifications;

namespace Pathway.Portal.Wallet;

/// <summary>
/// Reminds owners that their documents end (<see cref="ExpiryReminders"/>), as a notification in
/// their account. Every node runs it; a reminder is claimed by a conditional update of the
/// document's last reminder before it is written, so two nodes never send the same one twice.
/// </summary>
public sealed class WalletReminders(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WalletReminders> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    // Only documents ending within this window can be due: the query reads no others.
    private static readonly int Window = ExpiryReminders.Thresholds.Max();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var sent = await RunOnceAsync(stoppingToken);
                if (sent > 0)
                {
                    log.LogInformation("Sent {Count} reminders of documents that end.", sent);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                log.LogWarning(e, "Could not send the reminders of documents that end; trying again in {Interval}.", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends every reminder due now, in every tenant; how many were sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var directory = scope.ServiceProvider.GetRequiredService<OrganisationDirectory>();
        var now = clock.GetUtcNow();
        var sent = 0;
        foreach (var tenant in (await directory.GetAsync(cancellationToken)).Tenants)
        {
            var zone = await directory.ZoneOfAsync(tenant.Id, cancellationToken);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
            var until = today.AddDays(Window);
            var candidates = await db.Set<WalletDocument>().AsNoTracking()
                .Where(d => d.TenantId == tenant.Id && d.ExpiresOn != null && d.ExpiresOn <= until && (d.RemindedAtDays == null || d.RemindedAtDays > 0))
                .Select(d => new { d.Id, d.OwnerId, d.Title, d.ExpiresOn, d.RemindedAtDays })
                .ToListAsync(cancellationToken);
            foreach (var d in candidates)
            {
                if (ExpiryReminders.Due(d.ExpiresOn, d.RemindedAtDays, today) is not { } threshold)
                {
                    continue;
                }

                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var claimed = await db.Set<WalletDocument>()
                    .Where(x => x.Id == d.Id && (x.RemindedAtDays == null || x.RemindedAtDays > threshold))
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.RemindedAtDays, threshold), cancellationToken);
                if (claimed == 1)
                {
                    var ended = d.ExpiresOn!.Value < today;
                    NotificationDesk.Tell(db, tenant.Id, d.OwnerId, ended ? NotificationKind.DocumentEnded : NotificationKind.DocumentEndsSoon,
                        d.Title, d.ExpiresOn.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "my/documents", now.UtcDateTime);
                    await db.SaveChangesAsync(cancellationToken);
                    sent++;
                }

                // A reminder told is kept even when the node is stopping.
                await transaction.CommitAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
            }
        }

        return sent;
    }
}
