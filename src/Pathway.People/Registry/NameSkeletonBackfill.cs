using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;

namespace Pathway.People.Registry;

/// <summary>
/// Fills the name skeletons of records written before migration 0002 (SQL cannot compute them:
/// they need the transliteration tables). Runs at start-up; a no-op once every row has them.
/// </summary>
internal sealed class NameSkeletonBackfill(IServiceScopeFactory scopes, ILogger<NameSkeletonBackfill> logger) : IHostedService
{
    private const int Batch = 5_000;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var filled = 0;
        while (true)
        {
            var rows = await db.Set<Person>().IgnoreQueryFilters().AsNoTracking()
                .Where(p => p.SurnameSkeleton == "" && p.Surname != "")
                .Select(p => new { p.Id, p.Surname, p.GivenNames, p.NativeSurname, p.NativeGivenNames })
                .Take(Batch).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                break;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var row in rows)
            {
                var surname = NameSkeleton.Of(row.NativeSurname, row.Surname);
                var given = NameSkeleton.Of(row.NativeGivenNames, row.GivenNames);
                // A skeleton of nothing would be picked up again forever; "-" marks "computed, empty".
                await db.Set<Person>().IgnoreQueryFilters().Where(p => p.Id == row.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(p => p.SurnameSkeleton, surname.Length == 0 ? "-" : surname)
                    .SetProperty(p => p.GivenNamesSkeleton, given), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            filled += rows.Count;
        }

        if (filled > 0)
        {
            await db.AuditNowAsync(new AuditRecord("backfill", nameof(Person), "", Details: string.Create(CultureInfo.InvariantCulture, $"name skeletons of {filled} records")), cancellationToken);
            logger.LogInformation("Filled name skeletons of {Count} person records", filled);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
