using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>Waiting for the outbox feed of the warehouse, and making it deliver again, in HTTP tests.</summary>
internal static class WarehouseFeedWaits
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Until no message of these types waits in the outbox (30 seconds at most).</summary>
    public static async Task OutboxAsync(PathwayFactory factory, params string[] types)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var waiting = 0;
            await factory.WithDbAsync(async db => waiting = await db.OutboxMessages.CountAsync(m => m.ProcessedAt == null && types.Contains(m.Type), Cancel));
            if (waiting == 0)
            {
                return;
            }

            await Task.Delay(200, Cancel);
        }

        throw new TimeoutException("The outbox did not deliver the facts within 30 seconds.");
    }

    /// <summary>What the read finds once it finds something (30 seconds at most).</summary>
    public static async Task<T> FactAsync<T>(PathwayFactory factory, Func<PathwayDbContext, Task<T?>> read) where T : class
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            T? fact = null;
            await factory.WithDbAsync(async db => fact = await read(db));
            if (fact is not null)
            {
                return fact;
            }

            await Task.Delay(200, Cancel);
        }

        throw new TimeoutException("The facts did not reach the warehouse within 30 seconds.");
    }

    /// <summary>The warehouse's receipts lost and the messages unfinished, as after a node that died before it recorded them.</summary>
    public static Task RedeliverAsync(PathwayFactory factory, string contains) => factory.WithDbAsync(async db =>
    {
        var ids = await db.OutboxMessages.Where(m => m.Payload.Contains(contains)).Select(m => m.Id).ToListAsync(Cancel);
        ids.ShouldNotBeEmpty();
        await db.OutboxReceipts.Where(r => ids.Contains(r.MessageId) && r.Consumer == "analytics.warehouse").ExecuteDeleteAsync(Cancel);
        await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (DateTime?)null).SetProperty(m => m.LockedUntil, (DateTime?)null), Cancel);
    });

    public static async Task<Guid> TenantAsync(PathwayFactory factory)
    {
        var tenant = Guid.Empty;
        await factory.WithDbAsync(async db => tenant = await db.Tenants.Where(t => t.Slug == DemoAccounts.TenantSlug).Select(t => t.Id).SingleAsync(Cancel));
        return tenant;
    }
}
