using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Pathway.Platform;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Content;
using Pathway.Portal.Search;

namespace Pathway.Portal.Tests;

/// <summary>Items saved before the search existed (or before a change of folding) are found once the backfill has run.</summary>
public sealed class SearchBackfillTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("pathway-search-backfill").FullName;
    private ServiceProvider services = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddPathwayPersistence(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(folder, "portal.db")};Pooling=false" });
        collection.AddLocalization();
        collection.AddPortal();
        services = collection.BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken: Cancel);
    }

    [Fact]
    public async Task AnItemWithoutSearchRows_IsIndexedByTheBackfill_Once()
    {
        var tenant = Guid.NewGuid();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
            var now = DateTime.UtcNow;
            var item = new ContentItem { TenantId = tenant, OrganisationId = tenant, Kind = ContentKind.Article, Slug = "old-guide", SourceLanguage = "pl", CreatedAt = now, LastCheckedAt = now };
            item.Texts.Add(new ContentText { ItemId = item.Id, Language = "pl", Title = "Meldunek czasowy", Body = "Zameldowanie w urzędzie gminy.", State = TranslationState.Published, UpdatedAt = now });
            db.Add(item);
            await db.SaveChangesAsync(Cancel);
        }

        var before = await SearchAsync(tenant, "zameldowanie");
        var backfill = new SearchBackfill(services.GetRequiredService<IServiceScopeFactory>(), NullLogger<SearchBackfill>.Instance);
        var indexed = await backfill.RunAsync(Cancel);
        var after = await SearchAsync(tenant, "zameldowanie");
        var again = await backfill.RunAsync(Cancel);

        before.Total.ShouldBe(0);
        indexed.ShouldBe(1);
        after.Hits.Single().Slug.ShouldBe("old-guide");
        again.ShouldBe(0, "an item indexed at its version is not indexed again");
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private async Task<SearchResults> SearchAsync(Guid tenant, string query)
    {
        await using var scope = services.CreateAsyncScope();
        var search = new ContentSearch(scope.ServiceProvider.GetRequiredService<PathwayDbContext>(), new FixedTenantScopeAccessor(TenantScope.Anonymous(tenant)), scope.ServiceProvider.GetRequiredService<WordFrequencies>());
        return await search.SearchAsync(query, "pl", kind: null, cancellationToken: Cancel);
    }
}
