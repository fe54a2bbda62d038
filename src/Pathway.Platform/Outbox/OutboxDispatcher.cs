using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Platform.Persistence;

namespace Pathway.Platform.Outbox;

/// <summary>
/// Delivers outbox messages to their consumers. Several nodes may run it: a batch is claimed
/// with a lease (and on PostgreSQL with FOR UPDATE SKIP LOCKED), and a consumer's receipt makes
/// a second delivery of the same message a no-op.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    public const int BatchSize = 50;
    public const int MaxAttempts = 10;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(2);
    private readonly string node = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int handled;
            try
            {
                handled = await DispatchBatchAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (stoppingToken.IsCancellationRequested)
                {
                    // Cut short by the node stopping (a connection closed, the scope disposed): the
                    // claimed messages' locks run out and another node delivers them. Not a failure.
                    logger.LogInformation(e, "Outbox dispatch stopped with the node");
                    return;
                }

                logger.LogError(e, "Outbox dispatch failed; retrying");
                handled = 0;
            }

            if (handled == 0)
            {
                try
                {
                    await Task.Delay(Idle, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims and delivers one batch; returns how many messages it finished.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var consumers = scope.ServiceProvider.GetServices<IOutboxConsumer>().ToList();
        var claimed = await ClaimAsync(db, cancellationToken);
        // Consumers that take a batch get theirs in one transaction; should it fail, they get its
        // messages one by one below, where a bad message stops only itself.
        var delivered = new HashSet<(Guid, string)>();
        foreach (var consumer in consumers.OfType<IOutboxBatchConsumer>())
        {
            var theirs = claimed.Where(m => consumer.Handles(m.Type)).ToList();
            if (theirs.Count > 0 && await TryDeliverAsync(theirs, consumer, cancellationToken))
            {
                delivered.UnionWith(theirs.Select(m => (m.Id, consumer.Name)));
            }
        }

        var finished = new List<Guid>();
        foreach (var message in claimed)
        {
            try
            {
                foreach (var consumer in consumers.Where(c => c.Handles(message.Type) && !delivered.Contains((message.Id, c.Name))))
                {
                    await DeliverAsync(message, consumer, cancellationToken);
                }

                finished.Add(message.Id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Outbox message {MessageId} ({Type}) failed on attempt {Attempt}", message.Id, message.Type, message.Attempts);
                // A message that keeps failing is parked (processed with its error) so it cannot block the queue.
                var park = message.Attempts >= MaxAttempts;
                await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.LastError, e.Message)
                    .SetProperty(m => m.ProcessedAt, park ? clock.GetUtcNow().UtcDateTime : null)
                    .SetProperty(m => m.LockedUntil, clock.GetUtcNow().UtcDateTime.AddSeconds(Math.Min(300, 5 * message.Attempts))), cancellationToken);
            }
        }

        if (finished.Count > 0)
        {
            await db.OutboxMessages.Where(m => finished.Contains(m.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.ProcessedAt, clock.GetUtcNow().UtcDateTime)
                .SetProperty(m => m.LockedUntil, (DateTime?)null), cancellationToken);
        }

        return claimed.Count;
    }

    // A batch consumer's messages in one transaction with their receipts; false when it failed (nothing of it kept).
    private async Task<bool> TryDeliverAsync(List<OutboxMessage> messages, IOutboxBatchConsumer consumer, CancellationToken cancellationToken)
    {
        try
        {
            await DeliverAsync<IOutboxBatchConsumer>(messages, consumer.Name, (resolved, fresh) => resolved.HandleAsync(fresh, cancellationToken), cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogInformation(e, "Outbox batch of {Count} for {Consumer} failed; delivering one at a time", messages.Count, consumer.Name);
            return false;
        }
    }

    private Task DeliverAsync(OutboxMessage message, IOutboxConsumer consumer, CancellationToken cancellationToken) =>
        DeliverAsync<IOutboxConsumer>([message], consumer.Name, (resolved, fresh) => resolved.HandleAsync(fresh[0], cancellationToken), cancellationToken);

    // A fresh scope per delivery: the consumer's changes and the receipts of the messages it had not
    // handled yet commit together; messages it has a receipt for are left out.
    private async Task DeliverAsync<TConsumer>(IReadOnlyList<OutboxMessage> messages, string consumerName,
        Func<TConsumer, IReadOnlyList<OutboxMessage>, Task> handle, CancellationToken cancellationToken)
        where TConsumer : IOutboxConsumer
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var resolved = scope.ServiceProvider.GetServices<IOutboxConsumer>().OfType<TConsumer>().First(c => c.Name == consumerName);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = messages.Select(m => m.Id).ToList();
        var handled = await db.OutboxReceipts.Where(r => r.Consumer == consumerName && ids.Contains(r.MessageId)).Select(r => r.MessageId).ToListAsync(cancellationToken);
        var fresh = messages.Where(m => !handled.Contains(m.Id)).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        await handle(resolved, fresh);
        var at = clock.GetUtcNow().UtcDateTime;
        db.OutboxReceipts.AddRange(fresh.Select(m => new OutboxReceipt { MessageId = m.Id, Consumer = consumerName, HandledAt = at }));
        await db.SaveChangesAsync(cancellationToken);
        // The work is done: a node stopping now keeps it rather than cancel the commit halfway.
        await transaction.CommitAsync(CancellationToken.None);
    }

    private async Task<List<OutboxMessage>> ClaimAsync(PathwayDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + Lease;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var candidates = db.OutboxMessages
            .Where(m => m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.OccurredAt)
            .Take(BatchSize);
        List<OutboxMessage> batch;
        if (db.IsPostgres)
        {
            // Rows another node has locked are skipped, not waited for.
            batch = await db.OutboxMessages
                .FromSqlInterpolated($"""
                    SELECT * FROM "OutboxMessages"
                    WHERE "ProcessedAt" IS NULL AND ("LockedUntil" IS NULL OR "LockedUntil" < {now})
                    ORDER BY "OccurredAt" LIMIT {BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """)
                .AsNoTracking()
                .ToListAsync(cancellationToken);
        }
        else
        {
            // SQLite's write transaction is exclusive, so reading and leasing cannot interleave.
            batch = await candidates.AsNoTracking().ToListAsync(cancellationToken);
        }

        var ids = batch.Select(m => m.Id).ToList();
        if (ids.Count > 0)
        {
            await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.LockedUntil, until)
                .SetProperty(m => m.LockedBy, node)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        }

        // Not cancelled once the lease is written: a stopping node commits its claim (the lease runs out) rather than leave it undecided.
        await transaction.CommitAsync(CancellationToken.None);
        foreach (var message in batch)
        {
            message.Attempts++;
        }

        return batch;
    }
}
