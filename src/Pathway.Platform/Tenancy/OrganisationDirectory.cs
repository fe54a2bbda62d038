using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Persistence;

namespace Pathway.Platform.Tenancy;

/// <summary>
/// Tenants and their organisations, read once and kept in memory: they change rarely and
/// every request needs them to decide what the caller may see.
/// </summary>
public sealed class OrganisationDirectory(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private Snapshot? snapshot;

    public sealed record Snapshot(IReadOnlyList<Tenant> Tenants, IReadOnlyList<Organisation> Organisations, DateTimeOffset LoadedAt);

    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = snapshot;
        if (current is not null && clock.GetUtcNow() - current.LoadedAt < Freshness)
        {
            return current;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (snapshot is not null && clock.GetUtcNow() - snapshot.LoadedAt < Freshness)
            {
                return snapshot;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
            var tenants = await db.Tenants.AsNoTracking().OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
            var organisations = await db.Organisations.AsNoTracking().ToListAsync(cancellationToken);
            snapshot = new Snapshot(tenants, organisations, clock.GetUtcNow());
            return snapshot;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The office's time zone; the platform keeps Europe/Warsaw unless the office says otherwise.</summary>
    public async Task<TimeZoneInfo> ZoneOfAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var name = (await GetAsync(cancellationToken)).Tenants.FirstOrDefault(t => t.Id == tenantId)?.TimeZone;
        return TimeZoneInfo.TryFindSystemTimeZoneById(string.IsNullOrWhiteSpace(name) ? "Europe/Warsaw" : name, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
    }

    /// <summary>Today in the office's calendar: a day "until" which something holds lasts all of that day there.</summary>
    public async Task<DateOnly> TodayOfAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), await ZoneOfAsync(tenantId, cancellationToken)).DateTime);

    public void Invalidate() => snapshot = null;
}
