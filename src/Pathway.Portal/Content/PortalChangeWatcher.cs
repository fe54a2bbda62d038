using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Platform.Caching;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Events;

namespace Pathway.Portal.Content;

/// <summary>
/// Keeps every web node's cached public pages true when another node changed the content: the node
/// that makes a change evicts its own pages at once; this watcher notices the change elsewhere by a
/// fingerprint of all items', events' and offices' settings versions (all only ever rise) and evicts
/// within <see cref="Interval"/>, reading the offices' settings anew too. A few small queries per
/// interval per node, however busy the pages are.
/// </summary>
internal sealed class PortalChangeWatcher(
    IServiceScopeFactory scopes, PublicPageCache pages, OrganisationDirectory directory, Search.WordFrequencies frequencies, ILogger<PortalChangeWatcher> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long? seen = null;
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                var now = await FingerprintAsync(stoppingToken);
                if (seen is not null && now != seen)
                {
                    directory.Invalidate();
                    frequencies.Clear();
                    await pages.EvictAsync(PublicPages.PortalTag, stoppingToken);
                }

                seen = now;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                // The database may be migrating or away for a moment: the pages expire on their own meanwhile.
                log.LogWarning(e, "Could not read the portal's change fingerprint; trying again in {Interval}.", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<long> FingerprintAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var items = await db.Set<ContentItem>().SumAsync(i => (long)i.Version, cancellationToken);
        var signups = await db.Set<EventDetails>().SumAsync(d => (long)d.SignupVersion, cancellationToken);
        var settings = await db.Tenants.SumAsync(t => (long)t.Version, cancellationToken);
        return HashCode.Combine(items, signups, settings);
    }
}
