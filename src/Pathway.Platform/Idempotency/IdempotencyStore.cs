using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Persistence;

namespace Pathway.Platform.Idempotency;

/// <summary>
/// Claims, completes and releases keys. Each call uses a context of its own, so a key's record
/// is never saved (or left half-added after a lost race) with the request's own changes.
/// </summary>
public sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>How long a key is remembered; older records are removed on the next claim.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public const int MaxKeyLength = 255;

    public async Task<IdempotencyClaim> ClaimAsync(Guid? tenantId, Guid callerId, string key, string fingerprint, CancellationToken cancellationToken)
    {
        // A winner that failed releases its record, so a loser can find nothing: it tries again.
        for (var attempt = 0; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            var expired = now - Lifetime;
            await db.IdempotencyRecords.Where(r => r.CreatedAt < expired).ExecuteDeleteAsync(cancellationToken);

            // The unique index on (caller, key) picks the winner; ON CONFLICT (both databases) lets the
            // losers learn it without an exception or an error in the log.
            var id = Guid.NewGuid();
            var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "IdempotencyRecords" ("Id", "TenantId", "CallerId", "Key", "Fingerprint", "CreatedAt")
                VALUES ({id}, {tenantId}, {callerId}, {key}, {fingerprint}, {now})
                ON CONFLICT ("CallerId", "Key") DO NOTHING
                """, cancellationToken);
            if (inserted == 1)
            {
                return new IdempotencyClaim.Won(id);
            }

            if (await FindAsync(callerId, key, cancellationToken) is { } first)
            {
                return new IdempotencyClaim.Taken(first);
            }

            if (attempt >= 3)
            {
                throw new InvalidOperationException($"The idempotency key of caller {callerId} could be neither claimed nor found.");
            }
        }
    }

    public async Task<IdempotencyRecord?> FindAsync(Guid callerId, string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        return await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.CallerId == callerId && r.Key == key, cancellationToken);
    }

    /// <summary>Keeps the first request's response for its repeats.</summary>
    public async Task CompleteAsync(Guid recordId, int statusCode, string? contentType, string? location, byte[] body, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.IdempotencyRecords.Where(r => r.Id == recordId).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.StatusCode, statusCode)
            .SetProperty(r => r.ContentType, contentType)
            .SetProperty(r => r.Location, location)
            .SetProperty(r => r.Body, body)
            .SetProperty(r => r.CompletedAt, now), cancellationToken);
    }

    /// <summary>Forgets a key whose first request failed on the server's side, so a retry can succeed.</summary>
    public async Task ReleaseAsync(Guid recordId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        // Not the request's token: a release must happen even when the caller went away.
        await db.IdempotencyRecords.Where(r => r.Id == recordId).ExecuteDeleteAsync(CancellationToken.None);
    }

    /// <summary>Waits for the first request under a key to finish, up to <paramref name="patience"/>; null if it has not by then.</summary>
    public async Task<IdempotencyRecord?> WaitForCompletionAsync(Guid callerId, string key, TimeSpan patience, CancellationToken cancellationToken)
    {
        // Wall time, not the injected clock: a test's frozen clock would make this wait for ever.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(25);
        while (true)
        {
            var record = await FindAsync(callerId, key, cancellationToken);
            if (record is null || record.IsCompleted || waited.Elapsed >= patience)
            {
                return record is { IsCompleted: true } ? record : null;
            }

            await Task.Delay(pause, cancellationToken);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 250));
        }
    }
}
